using System.Reflection;
using LifetimeAssert.Adapters;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace LifetimeAssert.NUnit;

/// <summary>
/// Hands NUnit's test-method command to the leak engine as its body. It sits inside SetUp and TearDown, so they
/// run once; the engine runs the method as many times as its options say, synchronously on the test's thread.
/// </summary>
internal sealed class LeakTestCommand : DelegatingTestCommand
{
    private const string RanProperty = "LifetimeAssert.CheckRan";

    private readonly CheckedTest _checked;

    public LeakTestCommand(TestCommand innerCommand, CheckedTest checkedTest)
        : base(innerCommand)
    {
        _checked = checkedTest;
    }

    /// <summary>True once the check ran for <paramref name="test"/>; read by the guard that fails hidden checks.</summary>
    public static bool HasRun(ITest test) => test.Properties.ContainsKey(RanProperty);

    public override TestResult Execute(TestExecutionContext context)
    {
        Test.Properties.Set(RanProperty, true);
        LeakReport report;
        try
        {
            var options = TestFrameworkAdapter.Options(
                _checked.Method, _checked.FixtureType, _checked.FixtureType.Name + "." + Test.Name, context.TestObject, _checked.RunsAlone(Test), testName: Test.FullName);
            report = Leak.Check(() => RunOnce(context), options, context.CancellationToken);
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

        if (!report.Passed)
        {
            AttachReport(report);
            throw new AssertionException(report.ToString());
        }

        TestContext.Out.WriteLine(report.ToString());
        return context.CurrentResult;
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
