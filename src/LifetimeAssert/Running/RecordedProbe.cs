using LifetimeAssert.Verdict;

namespace LifetimeAssert.Running;

/// <summary>One probe inside a running check and the values recorded from it; what they mean is decided by <see cref="VerdictRules"/>.</summary>
internal sealed class RecordedProbe
{
    private readonly List<long> _values = [];

    public RecordedProbe(Probe probe, bool judged, Type? trackedType)
    {
        Probe = probe;
        Judged = judged;
        TrackedType = trackedType;

        // One series for the whole check: it reads the values as they are recorded.
        Series = new ProbeSeries(probe.Name, probe.IsProcessWide, judged, _values);
    }

    public Probe Probe { get; }

    public bool Judged { get; }

    /// <summary>The tracked type behind the probe, when it counts <see cref="LifetimeTracker"/> registrations.</summary>
    public Type? TrackedType { get; }

    /// <summary>Read in every round of a settle until two rounds agree; the others are read once after them.</summary>
    public bool Settles => Judged && Probe is not IApproximateProbe and not ICostlyProbe;

    /// <summary>Read in every round of the confirmation's harder settle, though once after an ordinary one.</summary>
    public bool SettlesHard => Settles || (Judged && Probe is ICostlyProbe);

    /// <summary>Judged but read once after an ordinary settle: that settle must then also see a wave of finalizers end.</summary>
    public bool ReadOnceJudged => Judged && !Settles;

    public ProbeSeries Series { get; }

    public void Record(long value)
    {
        _values.Add(value);
        (Probe as IRecordedSampleObserver)?.OnSampleRecorded();
    }
}
