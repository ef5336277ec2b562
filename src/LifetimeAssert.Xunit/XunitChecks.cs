using System.Runtime.CompilerServices;
using LifetimeAssert.Adapters;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace LifetimeAssert.Xunit;

/// <summary>
/// The checks behind <see cref="AssertNoLeakAttribute"/> and <see cref="AssertAllocationsAttribute"/>: after xUnit's own
/// run of a test, hands the test method to the engine as its body — the leak check, then the allocation check, for the
/// attributes the test has — and turns each report into the test's outcome, output and attachments.
/// </summary>
internal static class XunitChecks
{
    // xUnit calls Before and After once per attribute level (assembly, class, method): the first call acts, the
    // others see it done. After takes the test out of the table, so nothing outlives the test.
    private static readonly ConditionalWeakTable<IXunitTest, FirstRunRecorder> FirstRuns = [];

    /// <summary>Starts noting what xUnit's own run registers; called synchronously, so the test's flow keeps it.</summary>
    public static void RunBefore(IXunitTest test)
    {
        if (TestFrameworkAdapter.HasAnyCheck(test.TestMethod.Method, test.TestMethod.TestClass.Class) && !FirstRuns.TryGetValue(test, out _))
        {
            FirstRuns.Add(test, FirstRunRecorder.Start(RunsAlone(test)));
        }
    }

    public static void RunAfter(IXunitTest test)
    {
        if (!FirstRuns.TryGetValue(test, out var firstRun))
        {
            return;
        }

        FirstRuns.Remove(test);
        var seenBefore = firstRun.End();
        if (TestContext.Current.TestState?.Result != TestResult.Passed)
        {
            return;
        }

        var method = test.TestMethod.Method;
        var testClass = test.TestMethod.TestClass.Class;
        var instance = TestContext.Current.TestClassInstance;
        var body = new TestMethodBody(method, instance, test.TestMethodArguments);
        if (TestFrameworkAdapter.IsChecked(method, testClass))
        {
            var options = TestFrameworkAdapter.Options(
                method, testClass, Subject(test), instance, RunsAlone(test), seenBefore, testName: test.TestDisplayName);
            var report = RunOffContext(() => Leak.CheckAsync(body.InvokeAsync, options, TestContext.Current.CancellationToken));
            TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
            if (!report.Passed)
            {
                Attach(report, test.TestDisplayName);
            }

            report.ThrowIfLeaking();
        }

        if (TestFrameworkAdapter.IsAllocationChecked(method, testClass))
        {
            var options = TestFrameworkAdapter.AllocationOptions(method, testClass, Subject(test), RunsAlone(test));
            var report = RunOffContext(() => Leak.CheckAllocationsAsync(body.InvokeAsync, options, TestContext.Current.CancellationToken));
            TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
            if (!report.Passed)
            {
                var text = TestFrameworkAdapter.WriteReportFile(report, test.TestDisplayName);
                TestContext.Current.AddAttachment("lifetimeassert-allocations", File.ReadAllText(text));
            }

            report.ThrowIfOverBudget();
        }
    }

    /// <summary>
    /// After is synchronous: a check runs on the thread pool, away from any synchronization context xUnit set, so an async
    /// body cannot wait for the thread blocked here. The execution context (TestContext) flows with it.
    /// </summary>
    private static T RunOffContext<T>(Func<Task<T>> check) => Task.Run(check).GetAwaiter().GetResult();

    /// <summary>
    /// True when xUnit runs the test with no other test beside it: its collection disables parallelization (the
    /// LifetimeAssert test framework does that for checked classes) or <c>[assembly: Parallelization(Mode = ParallelMode.None)]</c>.
    /// </summary>
    private static bool RunsAlone(IXunitTest test)
    {
        var collection = test.TestCase.TestCollection;
        var assembly = collection.TestAssembly;
        return collection.DisableParallelization
            || assembly.ParallelMode == ParallelMode.None;
    }

    /// <summary>
    /// Writes the report and chart under the test results folder and attaches both to the result. A heap dump (written by
    /// the engine, beside them) is attached as its path: xUnit keeps attachments in memory and in its result messages, no
    /// place for a file of a hundred megabytes.
    /// </summary>
    private static void Attach(LeakReport report, string testName)
    {
        var (text, chart) = TestFrameworkAdapter.WriteReportFiles(report, testName);
        TestContext.Current.AddAttachment("lifetimeassert-report", File.ReadAllText(text));
        TestContext.Current.AddAttachment("lifetimeassert-chart.svg", File.ReadAllBytes(chart), "image/svg+xml");
        if (report.DumpPath is { } dump)
        {
            TestContext.Current.AddAttachment("lifetimeassert-dump", dump);
        }
    }

    private static string Subject(IXunitTest test)
    {
        var className = test.TestMethod.TestClass.Class.Name;
        var display = test.TestDisplayName;
        var at = display.IndexOf(className + ".", StringComparison.Ordinal);
        return at < 0 ? display : display[at..];
    }
}
