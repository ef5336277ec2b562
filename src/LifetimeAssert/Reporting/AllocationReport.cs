using LifetimeAssert.Files;
using LifetimeAssert.Reporting;
using LifetimeAssert.Running;
using LifetimeAssert.Verdict;

namespace LifetimeAssert;

/// <summary>
/// The result of an allocation check: the verdict, the bytes each measured run allocated, their median, the budget, and
/// how they were measured. <see cref="ToString"/> is the message a failing test shows (see docs/report-format.md).
/// </summary>
public sealed class AllocationReport : CheckReport
{
    private readonly AllocationOptions _options;
    private readonly AllocationDecision _decision;

    internal AllocationReport(
        string subject, AllocationOptions options, AllocationDecision decision, bool overlapped, string? topTypes, string? isolationAdvice)
        : base(subject, isolationAdvice)
    {
        _options = options;
        _decision = decision;
        Overlapped = overlapped;
        TopTypes = topTypes;
    }

    /// <summary>True when the options asked for every thread's allocations (see <see cref="AllocationOptionsBuilder.CountAllThreads"/>).</summary>
    internal bool AllThreadsAskedFor => _options.CountAllThreads;

    /// <summary>
    /// The <c>types</c> line's text when the check failed over budget: the sampled top allocating types, why they were
    /// not sampled, or which package samples them. Null when the check passed.
    /// </summary>
    internal string? TopTypes { get; }

    /// <summary>The overall result: within budget, over budget, or inconclusive (see <see cref="InconclusiveReason"/>).</summary>
    public AllocationVerdict Verdict => _decision.Verdict;

    /// <summary>
    /// True when the median of <see cref="BytesPerRun"/> is at most <see cref="MaxBytesPerRun"/> and every reading could be
    /// true. An inconclusive check never passes.
    /// </summary>
    public override bool Passed => _decision.Verdict == AllocationVerdict.WithinBudget;

    /// <summary>
    /// Why the budget could not be judged (a counter reading that cannot be true, or the time budget ran out), when
    /// <see cref="Verdict"/> is <see cref="AllocationVerdict.Inconclusive"/>; otherwise null.
    /// </summary>
    public string? InconclusiveReason => _decision.Inconclusive is { } cause ? InconclusiveText.Write(cause) : null;

    /// <summary>The budget.</summary>
    public long MaxBytesPerRun => _options.MaxBytesPerRun;

    /// <summary>The median of <see cref="BytesPerRun"/> (with an even count, the mean of the two middle runs, rounded down).</summary>
    public long MedianBytesPerRun => _decision.Median;

    /// <summary>The bytes each measured run allocated, in run order, with <see cref="CalibrationBytesPerRun"/> subtracted.</summary>
    public IReadOnlyList<long> BytesPerRun => _decision.BytesPerRun;

    /// <summary>Unmeasured runs before the measured ones.</summary>
    public int WarmupRuns => _options.Warmup;

    /// <summary>Which counter the figures come from.</summary>
    public AllocationMeasurement Measurement => _decision.Measurement;

    /// <summary>
    /// What an empty body of the same shape measured per run (the least of a few runs), with the meter's sentinel of
    /// <see cref="KnownBytesPerRun"/> bytes; subtracted from every run.
    /// </summary>
    public long CalibrationBytesPerRun => _decision.CalibrationBytes;

    /// <summary>
    /// Bytes the meter allocates in every run, calibration runs included, so that a reading below it is known to be wrong
    /// (the runtime's counters have returned 0 at random); such a reading makes the check inconclusive.
    /// </summary>
    public long KnownBytesPerRun => AllocationMeter.KnownBytesPerRun;

    /// <summary>True when the check was declared to run alone (only process-wide figures depend on it).</summary>
    public bool RanAlone => _options.RunsAlone;

    /// <summary>True when another leak or allocation check of this process ran during the measured runs.</summary>
    public bool Overlapped { get; }

    /// <summary>Throws <see cref="AllocationBudgetExceededException"/> unless the check passed.</summary>
    /// <exception cref="AllocationBudgetExceededException">The median run allocated more than the budget, or the check was inconclusive.</exception>
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

    internal override CheckFailedException CreateFailure() => new AllocationBudgetExceededException(this);

    internal override IReadOnlyList<ReportFile> WriteFiles(string fileName) =>
        ReportFiles.Write(ResultFiles.Claim(fileName), ".allocations.txt", ToString(), "lifetimeassert-allocations", "LifetimeAssert allocation report", "text/plain", NoteFileProblem)
            is { } file ? [file] : [];
}
