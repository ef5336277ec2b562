using Xunit.v3;

namespace LifetimeAssert.Xunit.Sweep;

/// <summary>xUnit's class runner, handing each method to <see cref="SweepMethodRunner"/> as xUnit hands it to its own.</summary>
internal sealed class SweepClassRunner : XunitTestClassRunner
{
    private SweepClassRunner()
    {
    }

    public static new SweepClassRunner Instance { get; } = new();

    protected override ValueTask<RunSummary> RunTestMethod(
        XunitTestClassRunnerContext ctxt, IXunitTestMethod? testMethod, IReadOnlyCollection<IXunitTestCase> testCases)
    {
        ArgumentNullException.ThrowIfNull(ctxt);
        return testMethod is null || ctxt.ConstructorArguments is null
            ? base.RunTestMethod(ctxt, testMethod, testCases)
            : SweepMethodRunner.Instance.Run(
                testMethod,
                testCases,
                ctxt.ExplicitOption,
                ctxt.MessageBus,
                ctxt.Aggregator.Clone(),
                ctxt.CancellationTokenSource,
                ctxt.ParallelMode,
                ctxt.Scheduler,
                ctxt.ConstructorArguments,
                ctxt.ClassFixtureMappings);
    }
}
