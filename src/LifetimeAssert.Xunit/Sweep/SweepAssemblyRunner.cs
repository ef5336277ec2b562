using Xunit.v3;

namespace LifetimeAssert.Xunit.Sweep;

/// <summary>xUnit's assembly runner, handing each collection to <see cref="SweepCollectionRunner"/> as xUnit hands it to its own.</summary>
internal sealed class SweepAssemblyRunner : XunitTestAssemblyRunner
{
    private SweepAssemblyRunner()
    {
    }

    public static new SweepAssemblyRunner Instance { get; } = new();

    protected override ValueTask<RunSummary> RunTestCollection(
        XunitTestAssemblyRunnerContext ctxt, IXunitTestCollection testCollection, IReadOnlyCollection<IXunitTestCase> testCases)
    {
        ArgumentNullException.ThrowIfNull(ctxt);
        return SweepCollectionRunner.Instance.Run(
            testCollection,
            testCases,
            ctxt.ExplicitOption,
            ctxt.MessageBus,
            ctxt.Aggregator.Clone(),
            ctxt.CancellationTokenSource,
            ctxt.ParallelMode,
            ctxt.Scheduler,
            ctxt.AssemblyFixtureMappings);
    }
}
