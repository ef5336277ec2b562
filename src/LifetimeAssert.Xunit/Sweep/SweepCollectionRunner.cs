using Xunit.v3;

namespace LifetimeAssert.Xunit.Sweep;

/// <summary>xUnit's collection runner, handing each class to <see cref="SweepClassRunner"/> as xUnit hands it to its own.</summary>
internal sealed class SweepCollectionRunner : XunitTestCollectionRunner
{
    private SweepCollectionRunner()
    {
    }

    public static new SweepCollectionRunner Instance { get; } = new();

    protected override ValueTask<RunSummary> RunTestClass(
        XunitTestCollectionRunnerContext ctxt, IXunitTestClass? testClass, IReadOnlyCollection<IXunitTestCase> testCases)
    {
        ArgumentNullException.ThrowIfNull(ctxt);
        return testClass is null
            ? base.RunTestClass(ctxt, testClass, testCases)
            : SweepClassRunner.Instance.Run(
                testClass,
                testCases,
                ctxt.ExplicitOption,
                ctxt.MessageBus,
                ctxt.Aggregator.Clone(),
                ctxt.CancellationTokenSource,
                ctxt.ParallelMode,
                ctxt.Scheduler,
                ctxt.CollectionFixtureMappings);
    }
}
