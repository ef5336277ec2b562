namespace LifetimeAssert;

/// <summary>One probe inside a running check: whether it is judged, its settled counts, and its judged window.</summary>
internal sealed class ProbeSlot(Probe probe, bool judged, Type? trackedType)
{
    public Probe Probe { get; } = probe;

    public bool Judged { get; } = judged;

    /// <summary>The tracked type behind the probe, when it counts <see cref="LifetimeTracker"/> registrations.</summary>
    public Type? TrackedType { get; } = trackedType;

    /// <summary>The settled counts in the order they were sampled, the baseline after the warm-up first.</summary>
    public List<long> Series { get; } = [];

    public GrowthKind Growth { get; set; }

    /// <summary>Index in <see cref="Series"/> of the last sample of the window the verdict was based on.</summary>
    public int WindowEnd { get; set; }

    public int WindowSamples { get; set; }

    public int WindowRunsPerSample { get; set; }

    public ProbeOutcome Outcome { get; set; } = judged ? ProbeOutcome.Flat : ProbeOutcome.ReportedOnly;

    public string? Note { get; set; }

    public long[] WindowDeltas()
    {
        var deltas = new long[WindowSamples];
        for (var i = 0; i < WindowSamples; i++)
        {
            var at = WindowEnd - WindowSamples + i + 1;
            deltas[i] = Series[at] - Series[at - 1];
        }

        return deltas;
    }

    public long WindowStartValue => Series[WindowEnd - WindowSamples];

    public void SetWindow(int samples, int runsPerSample, long allowedGrowth)
    {
        WindowEnd = Series.Count - 1;
        WindowSamples = Math.Min(samples, WindowEnd);
        WindowRunsPerSample = runsPerSample;
        Growth = GrowthClassifier.Classify(Series, WindowEnd, WindowSamples, allowedGrowth);
    }
}
