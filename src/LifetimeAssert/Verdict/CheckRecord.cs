namespace LifetimeAssert.Verdict;

/// <summary>Everything a run of a check produced that the verdict depends on: the series and the events, nothing decided.</summary>
/// <param name="Probes">Every probe's series, judged ones first.</param>
/// <param name="Events">What the runner did and saw, in order.</param>
/// <param name="RunsAlone">The adapter scheduled the check alone in the process.</param>
internal sealed record CheckRecord(IReadOnlyList<ProbeSeries> Probes, IReadOnlyList<CheckEvent> Events, bool RunsAlone)
{
    public int? WindowEnd => Last<WindowSampled>()?.End;

    public Resampled? Resample => Last<Resampled>();

    public int? HardSettleAt => Last<HardSettled>()?.At;

    public bool Overlapped => Events.OfType<OtherCheckRan>().Any();

    public InconclusiveCause? Inconclusive => Last<Inconclusive>()?.Cause;

    private T? Last<T>()
        where T : CheckEvent => Events.OfType<T>().LastOrDefault();
}
