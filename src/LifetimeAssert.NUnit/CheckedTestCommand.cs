using System.Reflection;
using LifetimeAssert.Adapters;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace LifetimeAssert.NUnit;

/// <summary>
/// Hands NUnit's test-method command to the engine as its body, for each check the test has: the leak check, then the
/// allocation check. It sits inside SetUp and TearDown, so they run once; the engine runs the method as many times as
/// each check's options say, synchronously on the test's thread.
/// </summary>
internal sealed class CheckedTestCommand : DelegatingTestCommand
{
    private const string RanProperty = "LifetimeAssert.CheckRan";

    private readonly CheckedTest _checked;

    public CheckedTestCommand(TestCommand innerCommand, CheckedTest checkedTest)
        : base(innerCommand)
    {
        _checked = checkedTest;
    }

    /// <summary>True once the check ran for <paramref name="test"/>; read by the guard that fails hidden checks.</summary>
    public static bool HasRun(ITest test) => test.Properties.ContainsKey(RanProperty);

    public override TestResult Execute(TestExecutionContext context)
    {
        Test.Properties.Set(RanProperty, true);
        var subject = _checked.FixtureType.Name + "." + Test.Name;
        try
        {
            if (_checked.Leak)
            {
                CheckLeaks(context, subject);
            }

            if (_checked.Allocations)
            {
                CheckAllocations(context, subject);
            }
        }
        catch (BodyFailedException)
        {
            return context.CurrentResult;
        }
        catch (LeakConfigurationException e)
        {
            // Recorded directly: NUnit would append the exception's properties to its message.
            context.CurrentResult.SetResult(ResultState.Error, e.Message, e.StackTrace);
            return context.CurrentResult;
        }

        return context.CurrentResult;
    }

    private void CheckLeaks(TestExecutionContext context, string subject)
    {
        var options = TestFrameworkAdapter.Options(
            _checked.Method, _checked.FixtureType, subject, context.TestObject, _checked.RunsAlone(Test), testName: Test.FullName);
        var report = Leak.Check(() => RunOnce(context), options, context.CancellationToken);
        if (!report.Passed)
        {
            AttachReport(report);
            throw new AssertionException(report.ToString());
        }

        TestContext.Out.WriteLine(report.ToString());
    }

    private void CheckAllocations(TestExecutionContext context, string subject)
    {
        var options = TestFrameworkAdapter.AllocationOptions(_checked.Method, _checked.FixtureType, subject, _checked.RunsAlone(Test));
        var body = new TestMethodBody(_checked.Method, context.TestObject, Test.Arguments);

        // A synchronous method runs on the test's thread, as NUnit runs it. An async one is awaited off this thread, away
        // from any synchronization context, so the engine sees which runs yielded (those are measured process-wide).
        var report = body.IsAsync
            ? Task.Run(() => Leak.CheckAllocationsAsync(body.InvokeAsync, options, context.CancellationToken)).GetAwaiter().GetResult()
            : Leak.CheckAllocations(body.Invoke, options, context.CancellationToken);
        if (!report.Passed)
        {
            TestContext.AddTestAttachment(TestFrameworkAdapter.WriteReportFile(report, Test.FullName), "LifetimeAssert allocation report");
            throw new AssertionException(report.ToString());
        }

        // The method ran outside NUnit's test-method command, which would have recorded the success.
        if (context.CurrentResult.ResultState.Status == TestStatus.Inconclusive)
        {
            context.CurrentResult.SetResult(ResultState.Success);
        }

        TestContext.Out.WriteLine(report.ToString());
    }

    /// <summary>
    /// Attaches the report and its chart as files, so they are kept with the test result (TRX, NUnit XML), and the heap
    /// dump the engine wrote beside them when the test asked for one.
    /// </summary>
    private void AttachReport(LeakReport report)
    {
        var (text, chart) = TestFrameworkAdapter.WriteReportFiles(report, Test.FullName);
        TestContext.AddTestAttachment(text, "LifetimeAssert leak report");
        TestContext.AddTestAttachment(chart, "LifetimeAssert chart of every probe's counts");
        if (report.DumpPath is { } dump)
        {
            TestContext.AddTestAttachment(dump, "LifetimeAssert heap dump, taken while the leaked objects were alive (dotnet-dump analyze)");
        }
    }

    /// <summary>One run of the test method. A failing method throws out of here, and NUnit records it as itself.</summary>
    private void RunOnce(TestExecutionContext context)
    {
        try
        {
            context.CurrentResult = innerCommand.Execute(context);
        }
        catch (Exception e) when (Unwrap(e) is SuccessException)
        {
            // Assert.Pass() ends one run, not the check.
            context.CurrentResult.SetResult(ResultState.Success);
        }

        // Some failures are recorded on the result without an exception; stop the engine and keep that result.
        if (context.CurrentResult.ResultState.Status == TestStatus.Failed)
        {
            throw new BodyFailedException();
        }
    }

    // A synchronous method's exception reaches us wrapped by NUnit's reflection call.
    private static Exception Unwrap(Exception exception)
    {
        while (exception is NUnitException or TargetInvocationException && exception.InnerException is { } inner)
        {
            exception = inner;
        }

        return exception;
    }

    private sealed class BodyFailedException : Exception;
}
