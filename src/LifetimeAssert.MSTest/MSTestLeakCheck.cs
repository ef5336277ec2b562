using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using LifetimeAssert.Adapters;

namespace LifetimeAssert.MSTest;

/// <summary>
/// The checks behind a checked MSTest test: creates the test class once, hands the test method (with its data row's
/// arguments) to the engine as its body — the leak check, then the allocation check, for the attributes the test has —
/// and turns the reports into the test's one result, output and files.
/// </summary>
internal static class MSTestLeakCheck
{
    public static async Task<TestResult[]> RunAsync(ITestMethod testMethod, Type testClass)
    {
        var started = Stopwatch.GetTimestamp();
        var method = testMethod.MethodInfo;
        var context = CurrentContext(testMethod);
        var result = new TestResult { Outcome = UnitTestOutcome.Passed };
        using var timeout = Timeout(method, context.CancellationToken);
        TestClassLifecycle? lifecycle = null;
        try
        {
            lifecycle = TestClassLifecycle.Create(testClass, context);
            await lifecycle.InitializeAsync().ConfigureAwait(false);
            var subject = Subject(testMethod, testClass);

            // The name of the report files, which a dump written on a leak takes too.
            var fileName = testClass.FullName + "." + subject[(testClass.Name.Length + 1)..];
            var runsAlone = RunsAlone(method, testClass);
            var arguments = testMethod.Arguments;

            // The method is invoked directly on the one instance, never through MSTest's own invocation, so an
            // allocation check measures the test's bytes only.
            Func<Task> body = () => lifecycle.InvokeAsync(method, arguments);
            var passed = true;
            if (TestFrameworkAdapter.IsChecked(method, testClass))
            {
                passed = await CheckLeaksAsync(context, result, body, TestFrameworkAdapter.Options(
                    method, testClass, subject, lifecycle.Instance, runsAlone, testName: fileName), fileName, timeout.Token).ConfigureAwait(false);
            }

            // Beside [AssertNoLeak], the allocation check runs only when the leak check passed.
            if (passed && TestFrameworkAdapter.IsAllocationChecked(method, testClass))
            {
                await CheckAllocationsAsync(context, result, body, TestFrameworkAdapter.AllocationOptions(
                    method, testClass, subject, runsAlone), fileName, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (LeakConfigurationException e)
        {
            result.Outcome = UnitTestOutcome.Error;
            result.TestFailureException = e;
        }
        catch (Exception e)
        {
            // The body's (or TestInitialize's) own exception, reported as itself.
            Fail(result, e);
        }
        finally
        {
            if (lifecycle is not null)
            {
                try
                {
                    await lifecycle.CleanupAsync().ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    Fail(result, e);
                }
            }
        }

        TestContextOutput.CopyTo(context, result);
        result.Duration = Stopwatch.GetElapsedTime(started);
        return [result];
    }

    /// <summary>The leak check: its report to the output; on a leak, its files attached and the test failed with it.</summary>
    private static async Task<bool> CheckLeaksAsync(
        TestContext context, TestResult result, Func<Task> body, LeakOptions options, string fileName, CancellationToken cancellation)
    {
        var report = await Leak.CheckAsync(body, options, cancellation).ConfigureAwait(false);
        context.WriteLine(report.ToString());
        if (report.Passed)
        {
            return true;
        }

        var (text, chart) = TestFrameworkAdapter.WriteReportFiles(report, fileName);
        context.AddResultFile(text);
        context.AddResultFile(chart);
        if (report.DumpPath is { } dump)
        {
            context.AddResultFile(dump);
        }

        Fail(result, new LeakDetectedException(report));
        return false;
    }

    /// <summary>
    /// The allocation check: its report to the output; over budget, the report written as
    /// <c>&lt;test&gt;.allocations.txt</c>, attached, and the test failed with it.
    /// </summary>
    private static async Task CheckAllocationsAsync(
        TestContext context, TestResult result, Func<Task> body, AllocationOptions options, string fileName, CancellationToken cancellation)
    {
        var report = await Leak.CheckAllocationsAsync(body, options, cancellation).ConfigureAwait(false);
        context.WriteLine(report.ToString());
        if (!report.Passed)
        {
            context.AddResultFile(TestFrameworkAdapter.WriteReportFile(report, fileName));
            Fail(result, new AllocationBudgetExceededException(report));
        }
    }

    /// <summary>
    /// True when MSTest runs the test with no other test beside it: it, its class or its assembly carries
    /// <c>[DoNotParallelize]</c>. (An attribute cannot make a test non-parallelizable in MSTest, so <c>RunAlone</c>
    /// alone does not.)
    /// </summary>
    private static bool RunsAlone(MethodInfo method, Type testClass) =>
        method.IsDefined(typeof(DoNotParallelizeAttribute), inherit: true)
        || testClass.IsDefined(typeof(DoNotParallelizeAttribute), inherit: true)
        || testClass.Assembly.IsDefined(typeof(DoNotParallelizeAttribute));

    private static void Fail(TestResult result, Exception exception)
    {
        if (result.Outcome is UnitTestOutcome.Passed or UnitTestOutcome.Inconclusive)
        {
            result.Outcome = exception is AssertInconclusiveException ? UnitTestOutcome.Inconclusive : UnitTestOutcome.Failed;
        }

        result.TestFailureException = exception;
    }

#pragma warning disable MSTESTEXP // TestContext.Current: the context MSTest sets around the test method attribute's ExecuteAsync.
    private static TestContext CurrentContext(ITestMethod testMethod) =>
        TestContext.Current ?? throw new InvalidOperationException(
            $"[AssertNoLeak] found no MSTest TestContext for {testMethod.TestClassName}.{testMethod.TestMethodName}: this MSTest version does not set TestContext.Current.");
#pragma warning restore MSTESTEXP

    /// <summary>The test's <c>[Timeout]</c> covers all runs together (cooperatively: the engine stops between runs).</summary>
    private static CancellationTokenSource Timeout(MethodInfo method, CancellationToken cancellation)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        if (method.GetCustomAttribute<TimeoutAttribute>() is { Timeout: > 0 } timeout)
        {
            source.CancelAfter(timeout.Timeout);
        }

        return source;
    }

    /// <summary>What the report calls the test: <c>Class.Method</c>, with a data row's arguments, <c>Class.Method(2)</c>.</summary>
    private static string Subject(ITestMethod testMethod, Type testClass)
    {
        var name = testClass.Name + "." + testMethod.MethodInfo.Name;
        return testMethod.Arguments is { Length: > 0 } arguments
            ? name + "(" + string.Join(", ", arguments.Select(Shown)) + ")"
            : name;
    }

    private static string Shown(object? argument) => argument switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        IFormattable formattable => formattable.ToString(format: null, CultureInfo.InvariantCulture),
        _ => argument.ToString() ?? string.Empty,
    };
}
