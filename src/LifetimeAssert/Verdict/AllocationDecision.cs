namespace LifetimeAssert.Verdict;

/// <summary>The allocation check's verdict and the figures it was reached on.</summary>
/// <param name="Verdict">Within budget, over budget, or inconclusive (<paramref name="Inconclusive"/> says why).</param>
/// <param name="Measurement">Which counter the figures come from.</param>
/// <param name="CalibrationBytes">What an empty body measured per run, subtracted from every run.</param>
/// <param name="BytesPerRun">Each measured run's bytes, calibration subtracted.</param>
/// <param name="Median">The median of <paramref name="BytesPerRun"/>.</param>
/// <param name="Inconclusive">Why the budget could not be judged, when the verdict is inconclusive.</param>
internal sealed record AllocationDecision(
    AllocationVerdict Verdict, AllocationMeasurement Measurement, long CalibrationBytes, IReadOnlyList<long> BytesPerRun, long Median, InconclusiveCause? Inconclusive = null);
