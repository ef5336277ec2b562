using Xunit.Sdk;
using Xunit.v3;

namespace LifetimeAssert.Xunit;

/// <summary>How xUnit schedules a test.</summary>
internal static class XunitRuns
{
    /// <summary>
    /// True when xUnit runs the test with no other test beside it: its collection disables parallelization (the
    /// LifetimeAssert test framework does that for checked classes) or <c>[assembly: Parallelization(Mode = ParallelMode.None)]</c>.
    /// </summary>
    public static bool Alone(IXunitTest test)
    {
        var collection = test.TestCase.TestCollection;
        return collection.DisableParallelization || collection.TestAssembly.ParallelMode == ParallelMode.None;
    }
}
