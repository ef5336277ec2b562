namespace LifetimeAssert;

/// <summary>
/// The measured runs turned into figures: which counter is trusted, the meter's own cost (the least an empty body
/// measured with that counter), and each run's bytes with that cost subtracted.
/// </summary>
internal sealed class AllocationSeries
{
    private AllocationSeries(AllocationMeasurement measurement, long calibration, long[] bytesPerRun, long median)
    {
        Measurement = measurement;
        CalibrationBytes = calibration;
        BytesPerRun = bytesPerRun;
        Median = median;
    }

    public AllocationMeasurement Measurement { get; }

    /// <summary>What an empty body measured per run, subtracted from every run.</summary>
    public long CalibrationBytes { get; }

    public IReadOnlyList<long> BytesPerRun { get; }

    public long Median { get; }

    public static AllocationSeries From(IReadOnlyList<AllocationSample> measured, IReadOnlyList<AllocationSample> calibration, bool countAllThreads)
    {
        // The thread counter is the whole run only when every run completed before the body returned its task.
        var onThread = !countAllThreads && measured.All(s => s.CompletedSynchronously);
        var measurement = onThread ? AllocationMeasurement.CurrentThread : AllocationMeasurement.ProcessWide;
        var calibrationBytes = calibration.Count == 0 ? 0 : calibration.Min(s => Bytes(s, measurement));
        var bytes = measured.Select(s => Math.Max(0, Bytes(s, measurement) - calibrationBytes)).ToArray();
        return new AllocationSeries(measurement, calibrationBytes, bytes, MedianOf(bytes));
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
