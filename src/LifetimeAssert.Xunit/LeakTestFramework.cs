using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

namespace LifetimeAssert.Xunit;

/// <summary>
/// The xUnit v3 test framework that gives <see cref="AssertNoLeakAttribute"/> its effect. The package registers
/// it for the test assembly; tests without the attribute run exactly as with xUnit's own framework.
/// </summary>
public sealed class LeakTestFramework : XunitTestFramework
{
    /// <inheritdoc />
    protected override ITestFrameworkDiscoverer CreateDiscoverer(Assembly assembly)
    {
        // Reuse what the stock framework builds: the test assembly with its configuration and the collection factory.
        var stock = (XunitTestFrameworkDiscoverer)base.CreateDiscoverer(assembly);
        return new LeakTestFrameworkDiscoverer(stock.TestAssembly, stock.TestCollectionFactory);
    }
}
