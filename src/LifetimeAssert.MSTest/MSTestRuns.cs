using System.Reflection;

namespace LifetimeAssert.MSTest;

/// <summary>How MSTest schedules a test.</summary>
internal static class MSTestRuns
{
    /// <summary>
    /// True when MSTest runs the test with no other test beside it: it, its class or its assembly carries
    /// <c>[DoNotParallelize]</c>, and MSTest runs such tests after the parallel ones, one at a time. (An attribute cannot
    /// make a test non-parallelizable in MSTest, and the run's settings may parallelize an assembly with no attribute.)
    /// </summary>
    public static bool Alone(MethodInfo method, Type testClass) =>
        method.IsDefined(typeof(DoNotParallelizeAttribute), inherit: true)
        || testClass.IsDefined(typeof(DoNotParallelizeAttribute), inherit: true)
        || testClass.Assembly.IsDefined(typeof(DoNotParallelizeAttribute));
}
