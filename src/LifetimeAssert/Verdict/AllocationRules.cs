namespace LifetimeAssert.Verdict;

/// <summary>
/// The allocation check's verdict rules: which counter is trusted (the running thread's only when every run completed
/// before the body returned its task), the meter's own cost (the least an empty body measured with that counter)
/// subtracted from every run, and the median run against the budget — unless the runs stopped early, which makes the
/// check inconclusive, never a pass.
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
        var inconclusive = record.Stopped;
        var verdict = inconclusive is not null ? AllocationVerdict.Inconclusive
            : median <= maxBytesPerRun ? AllocationVerdict.WithinBudget
            : AllocationVerdict.OverBudget;
        return new AllocationDecision(verdict, measurement, calibration, bytes, median, inconclusive);
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

    private static long Bytes(AllocationSample sample, AllocationMeasurement measurement) =>
        measurement == AllocationMeasurement.CurrentThread ? sample.ThreadBytes : sample.ProcessBytes;
}
