using System.Reflection;
using LifetimeAssert.Xunit.Sweep;
using Xunit.v3;

namespace LifetimeAssert.Xunit;

/// <summary>
/// The xUnit v3 test framework the package registers for the test assembly. It runs every test exactly as xUnit's own
/// framework does, except that a test class with <see cref="AssertNoLeakAttribute"/> tests (unless they opt out with
/// <c>RunAlone = false</c>) gets a collection that runs alone, after the parallel ones: its checks then also count
/// objects created outside the test's async flow, and process-wide probes see no other test. Without it,
/// <see cref="AssertNoLeakAttribute"/> still checks every test, counting only what the test's own flow creates. In an
/// assembly with <see cref="LeakSweepAttribute"/>, its runners sweep every test after its class instance is disposed;
/// in any other, they are xUnit's own.
/// </summary>
public sealed class LeakTestFramework : XunitTestFramework
{
    /// <inheritdoc />
    protected override ITestFrameworkDiscoverer CreateDiscoverer(Assembly assembly)
    {
        // Reuse what the stock framework builds: the test assembly with its configuration and the collection factory.
        var stock = (XunitTestFrameworkDiscoverer)base.CreateDiscoverer(assembly);
        return new XunitTestFrameworkDiscoverer(stock.TestAssembly, new RunAloneCollectionFactory(stock.TestAssembly, stock.TestCollectionFactory));
    }

    /// <inheritdoc />
    protected override ITestFrameworkExecutor CreateExecutor(Assembly assembly)
    {
        // The test assembly as the stock framework builds it, with its configuration.
        var stock = (XunitTestFrameworkDiscoverer)base.CreateDiscoverer(assembly);
        return new SweepExecutor(stock.TestAssembly);
    }
}
