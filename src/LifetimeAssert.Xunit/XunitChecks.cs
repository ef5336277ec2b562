using System.Runtime.CompilerServices;
using LifetimeAssert.Adapters;
using Xunit;
using Xunit.v3;

namespace LifetimeAssert.Xunit;

/// <summary>
/// The checks behind <see cref="AssertNoLeakAttribute"/> and <see cref="AssertAllocationsAttribute"/>: before xUnit's own
/// run of a test, validates its checks (a misconfigured check fails the test and the body never runs) and notes what that
/// run registers; after it, hands the test method to the engine as its body and turns the outcome into the test's.
/// </summary>
internal static class XunitChecks
{
    private const string IsolationAdvice =
        "Run the test alone: reference the LifetimeAssert.Xunit package (its test framework schedules checked tests alone) "
        + "or put the class in a [CollectionDefinition(DisableParallelization = true)] collection";

    // xUnit calls Before and After once per attribute level (assembly, class, method): the first call acts, the
    // others see it done. After takes the test out of the table, so nothing outlives the test.
    private static readonly ConditionalWeakTable<IXunitTest, Started> Tests = [];

    /// <summary>Validates the test's checks and starts noting what xUnit's own run registers; synchronous, so the test's flow keeps it.</summary>
    public static void Before(IXunitTest test)
    {
        if (Tests.TryGetValue(test, out _) || CheckedTest.Of(test.TestMethod.Method, test.TestMethod.TestClass.Class) is not { } checkedTest)
        {
            return;
        }

        var runsAlone = XunitRuns.Alone(test);
        var name = TestName.FromDisplayName(checkedTest.TestClass, test.TestDisplayName);
        var checks = checkedTest.Prepare(name, TestContext.Current.TestClassInstance, runsAlone, IsolationAdvice);
        Tests.Add(test, new Started(checks, FirstRunRecorder.Start(runsAlone, TestContext.Current.CancellationToken)));
    }

    /// <summary>Runs the test's checks when it passed its own run.</summary>
    public static void After(IXunitTest test)
    {
        if (!Tests.TryGetValue(test, out var started))
        {
            return;
        }

        Tests.Remove(test);
        var seenBefore = started.FirstRun.End();
        if (TestContext.Current.TestState?.Result != TestResult.Passed)
        {
            return;
        }

        var body = TestBody.Of(test.TestMethod.Method, TestContext.Current.TestClassInstance, test.TestMethodArguments);
        if (started.Checks.Run(body, XunitOutput.Instance, seenBefore, TestContext.Current.CancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    private sealed record Started(TestChecks Checks, FirstRunRecorder FirstRun);
}
