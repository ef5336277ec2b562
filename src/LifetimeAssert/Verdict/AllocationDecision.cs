namespace LifetimeAssert.Verdict;

/// <summary>The allocation check's verdict and the figures it was reached on.</summary>
/// <param name="WithinBudget">True when the median run allocated at most the budget.</param>
/// <param name="Measurement">Which counter the figures come from.</param>
/// <param name="CalibrationBytes">What an empty body measured per run, subtracted from every run.</param>
/// <param name="BytesPerRun">Each measured run's bytes, calibration subtracted.</param>
/// <param name="Median">The median of <paramref name="BytesPerRun"/>.</param>
internal sealed record AllocationDecision(bool WithinBudget, AllocationMeasurement Measurement, long CalibrationBytes, IReadOnlyList<long> BytesPerRun, long Median);
