using Xunit.v3;

namespace LifetimeAssert.Xunit.Sweep;

/// <summary>xUnit's collection runner, handing each class to <see cref="SweepClassRunner"/> as xUnit hands it to its own.</summary>
internal sealed class SweepCollectionRunner : XunitTestCollectionRunner
{
    private SweepCollectionRunner()
    {
    }

    public static new SweepCollectionRunner Instance { get; } = new();

    /// <summary>
    /// Runs the class with its class fixtures swept: what they register while they are created belongs to them, must be
    /// disposed with them, and a leak is reported as the collection's cleanup failure naming the class's fixtures.
    /// </summary>
    protected override async ValueTask<RunSummary> RunTestClass(
        XunitTestCollectionRunnerContext ctxt, IXunitTestClass? testClass, IReadOnlyCollection<IXunitTestCase> testCases)
    {
        ArgumentNullException.ThrowIfNull(ctxt);
        if (testClass is null)
        {
            return await base.RunTestClass(ctxt, testClass, testCases).ConfigureAwait(false);
        }

        var fixtures = SweptFixtures.Begin(testClass.Class, "class fixtures");
        var summary = await SweepClassRunner.Instance.Run(
            testClass,
            testCases,
            ctxt.ExplicitOption,
            ctxt.MessageBus,
            ctxt.Aggregator.Clone(),
            ctxt.CancellationTokenSource,
            ctxt.ParallelMode,
            ctxt.Scheduler,
            ctxt.CollectionFixtureMappings).ConfigureAwait(false);
        SweptFixtures.End(fixtures, ctxt.Aggregator);
        return summary;
    }
}
