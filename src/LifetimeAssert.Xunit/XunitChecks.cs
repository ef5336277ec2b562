using System.Runtime.CompilerServices;
using LifetimeAssert.Adapters;
using Xunit;
using Xunit.Sdk;
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

        var runsAlone = RunsAlone(test);
        var name = TestName.FromDisplayName(checkedTest.TestClass, test.TestDisplayName);
        var checks = checkedTest.Prepare(name, TestContext.Current.TestClassInstance, runsAlone, IsolationAdvice);
        Tests.Add(test, new Started(checks, FirstRunRecorder.Start(runsAlone)));
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
        if (started.Checks.Run(body, Output.Instance, seenBefore, TestContext.Current.CancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>
    /// True when xUnit runs the test with no other test beside it: its collection disables parallelization (the
    /// LifetimeAssert test framework does that for checked classes) or <c>[assembly: Parallelization(Mode = ParallelMode.None)]</c>.
    /// </summary>
    private static bool RunsAlone(IXunitTest test)
    {
        var collection = test.TestCase.TestCollection;
        return collection.DisableParallelization || collection.TestAssembly.ParallelMode == ParallelMode.None;
    }

    private sealed record Started(TestChecks Checks, FirstRunRecorder FirstRun);

    /// <summary>
    /// The test's output and attachments. A heap dump is attached as its path: xUnit keeps attachments in memory and in
    /// its result messages, no place for a file of a hundred megabytes.
    /// </summary>
    private sealed class Output : ICheckOutput
    {
        public static readonly Output Instance = new();

        public void WriteLine(string text) => TestContext.Current.TestOutputHelper?.WriteLine(text);

        public void Attach(ReportFile file)
        {
            if (file.IsLarge)
            {
                TestContext.Current.AddAttachment(file.Name, file.Path);
            }
            else if (file.MediaType == "text/plain")
            {
                TestContext.Current.AddAttachment(file.Name, File.ReadAllText(file.Path));
            }
            else
            {
                TestContext.Current.AddAttachment(file.Name, File.ReadAllBytes(file.Path), file.MediaType);
            }
        }
    }
}
