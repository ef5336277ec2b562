using Xunit.v3;

namespace LifetimeAssert.Xunit.Sweep;

/// <summary>
/// xUnit's method runner, handing each test case to <see cref="SweepTestCaseRunner"/> as xUnit hands it to its own. A test
/// case that runs itself, or whose tests cannot be created (a skip or a failure xUnit words), is left to xUnit.
/// </summary>
internal sealed class SweepMethodRunner : XunitTestMethodRunner
{
    private SweepMethodRunner()
    {
    }

    public static new SweepMethodRunner Instance { get; } = new();

    protected override async ValueTask<RunSummary> RunTestCase(XunitTestMethodRunnerContext ctxt, IXunitTestCase testCase)
    {
        ArgumentNullException.ThrowIfNull(ctxt);
        ArgumentNullException.ThrowIfNull(testCase);
        if (testCase is ISelfExecutingXunitTestCase)
        {
            return await base.RunTestCase(ctxt, testCase).ConfigureAwait(false);
        }

        var aggregator = ctxt.Aggregator.Clone();
        var tests = await aggregator.RunAsync(testCase.CreateTests, []).ConfigureAwait(false);
        if (aggregator.HasExceptions)
        {
            return await base.RunTestCase(ctxt, testCase).ConfigureAwait(false);
        }

        return await SweepTestCaseRunner.Instance.Run(
            testCase,
            tests,
            ctxt.MessageBus,
            aggregator,
            ctxt.CancellationTokenSource,
            ctxt.ParallelMode,
            ctxt.Scheduler,
            testCase.TestCaseDisplayName,
            testCase.SkipReason,
            ctxt.ExplicitOption,
            ctxt.ConstructorArguments,
            ctxt.MethodFixtureMappings).ConfigureAwait(false);
    }
}
