namespace LifetimeAssert.Verdict;

/// <summary>Something the runner did or saw while it sampled; the verdict is decided from these and the series.</summary>
internal abstract record CheckEvent;

/// <summary>The first window ended at sample <paramref name="End"/> (later than R when it was extended).</summary>
internal sealed record WindowSampled(int End) : CheckEvent;

/// <summary>Intermittent growth was sampled again, every <paramref name="Interval"/> runs, up to sample <paramref name="End"/>.</summary>
internal sealed record Resampled(int Interval, int End) : CheckEvent;

/// <summary>After the confirmation runs, the harder settle's sample is at <paramref name="At"/>.</summary>
internal sealed record HardSettled(int At) : CheckEvent;

/// <summary>Another check was running while this one sampled.</summary>
internal sealed record OtherCheckRan : CheckEvent;

/// <summary>Nothing can be concluded, for <paramref name="Cause"/>.</summary>
internal sealed record Inconclusive(InconclusiveCause Cause) : CheckEvent;

/// <summary>
/// Probe <paramref name="Probe"/> (an index into the record's probes) counts a tracked type of which no instance was
/// registered; <paramref name="UncountedOffFlow"/> were registered outside every check's flow and counted for none.
/// </summary>
internal sealed record NothingRegistered(int Probe, long UncountedOffFlow) : CheckEvent;

/// <summary>A probe failed while it stopped; the check's result stands.</summary>
internal sealed record StopFailed(string Probe, string Message) : CheckEvent;
