namespace LifetimeAssert;

/// <summary>
/// The result of an allocation check: the bytes each measured run allocated, their median, the budget, and how they
/// were measured. <see cref="ToString"/> is the message a failing test shows (see docs/report-format.md).
/// </summary>
public sealed class AllocationReport
{
    internal AllocationReport(string subject, AllocationOptions options, AllocationSeries series, bool overlapped)
    {
        Subject = subject;
        MaxBytesPerRun = options.MaxBytesPerRun;
        WarmupRuns = options.Warmup;
        RanAlone = options.RunsAlone;
        Measurement = series.Measurement;
        CalibrationBytesPerRun = series.CalibrationBytes;
        BytesPerRun = series.BytesPerRun;
        MedianBytesPerRun = series.Median;
        Overlapped = overlapped;
        AllThreadsAskedFor = options.CountAllThreads;
    }

    /// <summary>True when the options asked for every thread's allocations (see <see cref="AllocationOptionsBuilder.CountAllThreads"/>).</summary>
    internal bool AllThreadsAskedFor { get; }

    /// <summary>
    /// The <c>types</c> line's text when the check failed over budget: the sampled top allocating types, why they were
    /// not sampled, or which package samples them. Null when the check passed.
    /// </summary>
    internal string? TopTypes { get; set; }

    /// <summary>The checked code path (the test name, or the name given to the options).</summary>
    public string Subject { get; }

    /// <summary>True when the median of <see cref="BytesPerRun"/> is at most <see cref="MaxBytesPerRun"/>.</summary>
    public bool Passed => MedianBytesPerRun <= MaxBytesPerRun;

    /// <summary>The budget.</summary>
    public long MaxBytesPerRun { get; }

    /// <summary>The median of <see cref="BytesPerRun"/> (with an even count, the mean of the two middle runs, rounded down).</summary>
    public long MedianBytesPerRun { get; }

    /// <summary>The bytes each measured run allocated, in run order, with <see cref="CalibrationBytesPerRun"/> subtracted.</summary>
    public IReadOnlyList<long> BytesPerRun { get; }

    /// <summary>Unmeasured runs before the measured ones.</summary>
    public int WarmupRuns { get; }

    /// <summary>Which counter the figures come from.</summary>
    public AllocationMeasurement Measurement { get; }

    /// <summary>What an empty body of the same shape measured per run (the least of a few runs); subtracted from every run.</summary>
    public long CalibrationBytesPerRun { get; }

    /// <summary>True when the check was declared to run alone (only process-wide figures depend on it).</summary>
    public bool RanAlone { get; }

    /// <summary>True when another leak or allocation check of this process ran during the measured runs.</summary>
    public bool Overlapped { get; }

    /// <summary>Throws <see cref="AllocationBudgetExceededException"/> unless the check passed.</summary>
    /// <exception cref="AllocationBudgetExceededException">The median run allocated more than the budget.</exception>
    public void ThrowIfOverBudget()
    {
        if (!Passed)
        {
            throw new AllocationBudgetExceededException(this);
        }
    }

    /// <summary>The report as text, in the documented format.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => AllocationReportFormatter.Format(this);
}
