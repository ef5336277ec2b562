using Xunit.v3;

namespace LifetimeAssert.Xunit.Sweep;

/// <summary>xUnit's test case runner, handing each test to <see cref="SweepTestRunner"/> as xUnit hands it to its own.</summary>
internal sealed class SweepTestCaseRunner : XunitTestCaseRunner
{
    private SweepTestCaseRunner()
    {
    }

    public static new SweepTestCaseRunner Instance { get; } = new();

    protected override ValueTask<RunSummary> RunTest(XunitTestCaseRunnerContext ctxt, IXunitTest test)
    {
        ArgumentNullException.ThrowIfNull(ctxt);
        return SweepTestRunner.Instance.Run(
            test,
            ctxt.MessageBus,
            ctxt.ConstructorArguments,
            ctxt.ExplicitOption,
            ctxt.Aggregator.Clone(),
            ctxt.CancellationTokenSource,
            ctxt.ParallelMode,
            ctxt.Scheduler,
            ctxt.BeforeAfterTestAttributes,
            ctxt.CaseFixtureMappings);
    }
}
