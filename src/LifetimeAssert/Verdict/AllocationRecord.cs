namespace LifetimeAssert.Verdict;

/// <summary>What an allocation check's runs measured; nothing decided.</summary>
/// <param name="Measured">Each measured run, in order.</param>
/// <param name="Calibration">Runs of an empty body of the same shape: the meter's own cost.</param>
/// <param name="CountAllThreads">The options asked for every thread's allocations.</param>
/// <param name="Overlapped">Another check ran while the runs were measured.</param>
/// <param name="KnownBytesPerRun">Bytes the meter allocates in every run, so every true reading is at least this.</param>
/// <param name="Stopped">Why the runs stopped before the last one (the time budget ran out), or null.</param>
internal sealed record AllocationRecord(
    IReadOnlyList<AllocationSample> Measured,
    IReadOnlyList<AllocationSample> Calibration,
    bool CountAllThreads,
    bool Overlapped,
    long KnownBytesPerRun = 0,
    InconclusiveCause? Stopped = null);
