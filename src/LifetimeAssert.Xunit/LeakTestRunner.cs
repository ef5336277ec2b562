using System.Diagnostics;
using Xunit;
using Xunit.v3;

namespace LifetimeAssert.Xunit;

/// <summary>
/// Hands the test method to the leak engine as its body. xUnit creates the class instance once and runs
/// before/after attributes once; the engine invokes the method as many times as its options say.
/// </summary>
internal sealed class LeakTestRunner : XunitTestRunner
{
    public static new LeakTestRunner Instance { get; } = new();

    protected override async ValueTask<TimeSpan> InvokeTest(XunitTestRunnerContext ctxt, object? testClassInstance)
    {
        var method = ctxt.Test.TestMethod.Method;
        var testClass = ctxt.Test.TestMethod.TestClass.Class;
        var options = AttributeOptions.For(method, testClass, Subject(ctxt.Test), testClassInstance);
        var elapsed = Stopwatch.StartNew();

        // xUnit records a failing body in the aggregator instead of throwing; the body stops the engine then,
        // and the failure is reported as itself.
        async Task Body()
        {
            await ctxt.InvokeTest(testClassInstance).ConfigureAwait(false);
            if (ctxt.Aggregator.HasExceptions)
            {
                throw new BodyFailedException();
            }
        }

        try
        {
            var report = await Leak.CheckAsync(Body, options, TestContext.Current.CancellationToken).ConfigureAwait(false);
            TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
            if (!report.Passed)
            {
                Attach(report, ctxt.Test.TestDisplayName);
            }

            report.ThrowIfLeaking();
        }
        catch (BodyFailedException)
        {
        }

        return elapsed.Elapsed;
    }

    /// <summary>Writes the report and chart under the test results folder and attaches both to the result.</summary>
    private static void Attach(LeakReport report, string testName)
    {
        var (text, chart) = ReportFiles.Write(report, testName);
        TestContext.Current.AddAttachment("lifetimeassert-report", File.ReadAllText(text));
        TestContext.Current.AddAttachment("lifetimeassert-chart.svg", File.ReadAllBytes(chart), "image/svg+xml");
    }

    private static string Subject(IXunitTest test)
    {
        var className = test.TestMethod.TestClass.Class.Name;
        var display = test.TestDisplayName;
        var at = display.IndexOf(className + ".", StringComparison.Ordinal);
        return at < 0 ? display : display[at..];
    }

    private sealed class BodyFailedException : Exception;
}
