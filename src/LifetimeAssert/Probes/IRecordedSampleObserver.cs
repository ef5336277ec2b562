namespace LifetimeAssert;

/// <summary>
/// A probe whose state depends on which samples the check kept. A settle calls <see cref="Probe.Sample"/> once per
/// collection round until two rounds agree, and only the last value is recorded; the engine calls
/// <see cref="OnSampleRecorded"/> then, so a probe that compares each sample with the previous one compares recorded
/// samples, not rounds of one settle.
/// </summary>
/// <remarks>Implement it on a class derived from <see cref="Probe"/>. It is called on the check's thread, after every recorded sample.</remarks>
public interface IRecordedSampleObserver
{
    /// <summary>The value the probe returned last was recorded as a sample.</summary>
    void OnSampleRecorded();
}
