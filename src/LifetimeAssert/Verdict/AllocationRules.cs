namespace LifetimeAssert.Verdict;

/// <summary>
/// The allocation check's verdict rules: which counter is trusted (the running thread's only when every run completed
/// before the body returned its task), the meter's own cost (the least an empty body measured with that counter)
/// subtracted from every run, and the median run against the budget — unless the runs stopped early or a reading
/// cannot be true, which makes the check inconclusive, never a pass.
/// </summary>
internal static class AllocationRules
{
    public static AllocationDecision Decide(AllocationRecord record, long maxBytesPerRun)
    {
        var onThread = !record.CountAllThreads && record.Measured.All(s => s.CompletedSynchronously);
        var measurement = onThread ? AllocationMeasurement.CurrentThread : AllocationMeasurement.ProcessWide;
        var calibration = record.Calibration.Count == 0 ? 0 : record.Calibration.Min(s => Bytes(s, measurement));
        var bytes = record.Measured.Select(s => Math.Max(0, Bytes(s, measurement) - calibration)).ToArray();
        var median = MedianOf(bytes);
        var inconclusive = record.Stopped ?? Implausible(record, measurement);
        var verdict = inconclusive is not null ? AllocationVerdict.Inconclusive
            : median <= maxBytesPerRun ? AllocationVerdict.WithinBudget
            : AllocationVerdict.OverBudget;
        return new AllocationDecision(verdict, measurement, calibration, bytes, median, inconclusive);
    }

    /// <summary>
    /// The readings that cannot be true, or null when every one can: below the bytes the meter allocates in every run
    /// (the counter missed them), or more on the running thread than in the whole process, which includes that thread.
    /// Calibration runs count too: they are subtracted from every run.
    /// </summary>
    internal static ImplausibleAllocationReadings? Implausible(AllocationRecord record, AllocationMeasurement measurement)
    {
        var readings = record.Calibration.Concat(record.Measured).ToArray();
        var below = readings.Count(s => BelowKnown(s, measurement, record.KnownBytesPerRun));
        var threadAbove = readings.Count(ThreadAboveProcess);
        var implausible = readings.Count(s => BelowKnown(s, measurement, record.KnownBytesPerRun) || ThreadAboveProcess(s));
        return implausible == 0
            ? null
            : new ImplausibleAllocationReadings(
                measurement, readings.Length, implausible, below, threadAbove, record.KnownBytesPerRun, readings.Min(s => Bytes(s, measurement)));
    }

    /// <summary>The middle value; with an even count, the mean of the two middle values (rounded down).</summary>
    internal static long MedianOf(IReadOnlyList<long> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : sorted[middle - 1] + ((sorted[middle] - sorted[middle - 1]) / 2);
    }

    private static bool BelowKnown(AllocationSample sample, AllocationMeasurement measurement, long known) => Bytes(sample, measurement) < known;

    private static bool ThreadAboveProcess(AllocationSample sample) => sample.ThreadBytes > sample.ProcessBytes;

    private static long Bytes(AllocationSample sample, AllocationMeasurement measurement) =>
        measurement == AllocationMeasurement.CurrentThread ? sample.ThreadBytes : sample.ProcessBytes;
}
