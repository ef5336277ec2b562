using System.Reflection;
using LifetimeAssert.Adapters;

namespace LifetimeAssert.MSTest;

/// <summary>
/// Names the MSTest fixture the calling code runs for, from MSTest's current TestContext: MSTest sets it around every
/// fixture method, and it flows into whatever that method starts or awaits, helpers included. A context with a class and
/// no test is that class's <c>[ClassInitialize]</c> or <c>[ClassCleanup]</c>; one with neither is the assembly's
/// <c>[AssemblyInitialize]</c> or <c>[AssemblyCleanup]</c>. (MSTest captures the flow after resetting it, so the tests,
/// which run on the class initialization's flow, do not inherit it.) Asked only for registrations outside every test's flow.
/// </summary>
internal static class MSTestFixtures
{
    // Read from the context's properties: a fixture context's TestName and FullyQualifiedTestClassName throw for what it
    // lacks, and naming an owner must never fail the registering code. An assembly's context names no assembly: a process
    // runs one test assembly, whose sweep asks.
#pragma warning disable MSTESTEXP // TestContext.Current is experimental in MSTest 4.5; it is also what [AssertNoLeak] runs on.
    public static TestName? Current(Assembly testAssembly)
    {
        if (TestContext.Current?.Properties is not { } properties || Named(properties, nameof(TestContext.TestName)) is not null)
        {
            return null;
        }

        if (Named(properties, nameof(TestContext.FullyQualifiedTestClassName)) is not { } testClass)
        {
            var assembly = testAssembly.GetName().Name;
            return new TestName($"{assembly} (assembly fixture)", $"{assembly} (assembly fixture)");
        }

        return testAssembly.GetType(testClass, throwOnError: false) is { } type
            ? new TestName($"{type.Name} (class fixture)", $"{type.FullName} (class fixture)")
            : null;
    }
#pragma warning restore MSTESTEXP

    private static string? Named(IDictionary<string, object?> properties, string name) =>
        properties.TryGetValue(name, out var value) ? value as string : null;
}
