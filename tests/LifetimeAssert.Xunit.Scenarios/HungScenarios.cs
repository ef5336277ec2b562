using LifetimeAssert.Scenarios;
using Xunit.Sdk;
using Xunit.v3;

namespace LifetimeAssert.Xunit.Scenarios;

/// <summary>
/// A check whose body never returns, under a 1 s timeout, then tests that run alone and create their objects outside
/// their async flow: the abandoned check must leave when its test times out, so theirs are counted and judged. Run on
/// its own (<c>-class</c>), in the order of the method names.
/// </summary>
// The hung bodies ignore the test's cancellation on purpose: that is the case under test.
#pragma warning disable xUnit1069
[TestMethodOrderer(typeof(ByMethodName))]
public sealed class HungScenarios
{
    private static int _checkRuns;

    // Never completes, and ignores every cancellation.
    private static readonly TaskCompletionSource Never = new();

    /// <summary>xUnit's own run returns; every run of the check after it never does.</summary>
    [Fact(Timeout = 1_000), AssertNoLeak(Track = [typeof(Session)])]
    public async Task A_Hung_InTheCheck()
    {
        if (Interlocked.Increment(ref _checkRuns) > 1)
        {
            await Never.Task;
        }

        Code.StaticList.Clean();
    }

    /// <summary>xUnit's own run never returns: the check never starts.</summary>
    [Fact(Timeout = 1_000), AssertNoLeak(Track = [typeof(Session)])]
    public async Task B_Hung_InTheFirstRun()
    {
        await Never.Task;
        Code.StaticList.Clean();
    }

    [Fact, AssertNoLeak(Track = [typeof(Session)])]
    public Task C_AfterHung_OffFlow_Leaking() => Code.OffFlow.Leaking();

    [Fact, AssertNoLeak(Track = [typeof(Session)])]
    public Task D_AfterHung_OffFlow_Clean() => Code.OffFlow.Clean();

    /// <summary>Orders a class's tests by their method names.</summary>
    public sealed class ByMethodName : ITestMethodOrderer
    {
        public IReadOnlyCollection<TTestMethod?> OrderTestMethods<TTestMethod>(IReadOnlyCollection<TTestMethod?> testMethods)
            where TTestMethod : notnull, ITestMethod =>
            testMethods.OrderBy(t => t?.MethodName, StringComparer.Ordinal).ToArray();
    }
}
#pragma warning restore xUnit1069
