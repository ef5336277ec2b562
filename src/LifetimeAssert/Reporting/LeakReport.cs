using LifetimeAssert.Diagnosis;
using LifetimeAssert.Files;
using LifetimeAssert.Reporting;
using LifetimeAssert.Running;

namespace LifetimeAssert;

/// <summary>
/// The result of a leak check: the verdict, every probe's series, and what the engine did to reach it.
/// <see cref="ToString"/> is the message a failing test shows.
/// </summary>
public sealed class LeakReport : CheckReport
{
    private readonly RunCounts _runs;
    private readonly OffFlowCounts _offFlow;

    internal LeakReport(
        string subject,
        LeakVerdict verdict,
        IReadOnlyList<ProbeReport> probes,
        IReadOnlyList<string> notes,
        RunCounts runs,
        string? inconclusiveReason,
        OffFlowCounts offFlow,
        HeapDump? dump,
        string? isolationAdvice,
        DetectionFloor detectionFloor)
        : base(subject, isolationAdvice)
    {
        Verdict = verdict;
        DetectionFloor = detectionFloor;
        Probes = probes;
        Notes = notes;
        _runs = runs;
        _offFlow = offFlow;
        InconclusiveReason = inconclusiveReason;
        Dump = dump;
    }

    /// <summary>The overall result.</summary>
    public LeakVerdict Verdict { get; }

    /// <summary>True when the check passed.</summary>
    public override bool Passed => Verdict == LeakVerdict.Passed;

    /// <summary>
    /// What a pass proves: with these options a leak of <see cref="LifetimeAssert.DetectionFloor.Objects"/> object(s) every
    /// <see cref="LifetimeAssert.DetectionFloor.Runs"/> runs, or faster, fails the check, and so does a burst of several
    /// objects as often; a slower one may pass unseen. A passing report says so in its <c>floor:</c> line. It depends on the
    /// options only, so it is the same whatever the verdict.
    /// </summary>
    public DetectionFloor DetectionFloor { get; }

    /// <summary>Every probe, judged ones first.</summary>
    public IReadOnlyList<ProbeReport> Probes { get; }

    /// <summary>The probes found leaking.</summary>
    public IReadOnlyList<ProbeReport> Leaks => Probes.Where(p => p.Outcome == ProbeOutcome.Leaking).ToArray();

    /// <summary>Warnings and what the engine did beyond the plain window (extension, re-sampling, confirmation).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Unmeasured runs before the baseline.</summary>
    public int WarmupRuns => _runs.Warmup;

    /// <summary>Samples in the first judged window.</summary>
    public int Samples => _runs.Samples;

    /// <summary>Runs between two samples of the first window.</summary>
    public int SampleEvery => _runs.SampleEvery;

    /// <summary>Every run of the body, warm-up and extra runs included.</summary>
    public int TotalRuns => _runs.Total;

    /// <summary>
    /// Heap walks a census check took (a census read, and a retention path for a leak): nearly all of its cost. Counted
    /// process-wide, so a census check that overlapped another counts that one's walks too; 0 for a check without census.
    /// </summary>
    public long HeapWalks => _runs.HeapWalks;

    /// <summary>Why nothing could be concluded (the heap never settled, or a probe could not count), when <see cref="Verdict"/> is <see cref="LeakVerdict.Inconclusive"/>.</summary>
    public string? InconclusiveReason { get; }

    /// <summary>True when the check ran alone in the process, so objects registered outside its async flow counted for it.</summary>
    public bool RanAlone => _offFlow.RanAlone;

    /// <summary>
    /// Objects registered outside the check's async flow (server pipelines, hosted services, queued work, timer
    /// callbacks) that were counted for it, because it ran alone.
    /// </summary>
    public long RegisteredOffFlow => _offFlow.Counted;

    /// <summary>Objects registered outside every check's async flow while this one ran that no check counted (it did not run alone).</summary>
    public long UncountedOffFlow => _offFlow.Uncounted;

    /// <summary>
    /// The heap dump written because the check leaked with <see cref="LeakOptions.SaveDumpOnLeak"/>, taken while the leaked
    /// objects were alive (<c>TestResults/LifetimeAssert/&lt;test&gt;.leak.dmp</c>, readable by the current user only); null
    /// when none was asked for or none could be written (a note says why). Open it with <c>dotnet-dump analyze &lt;path&gt;</c>;
    /// the report lists the commands.
    /// </summary>
    public string? DumpPath => Dump?.Path;

    /// <summary>The dump, with its size and the leaked type names the report's commands use.</summary>
    internal HeapDump? Dump { get; }

    /// <summary>Throws <see cref="LeakDetectedException"/> unless the check passed.</summary>
    /// <exception cref="LeakDetectedException">The check found a leak, was inconclusive, or checked nothing in strict mode.</exception>
    public void ThrowIfLeaking()
    {
        if (!Passed)
        {
            throw new LeakDetectedException(this);
        }
    }

    /// <summary>Each probe's settled counts as a line chart (leaking probes in red), as an SVG document.</summary>
    /// <returns>The SVG text.</returns>
    public string ToSvg() => SeriesChart.Render(this);

    /// <summary>The report as text, in the documented format.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ReportFormatter.Format(this);

    internal override CheckFailedException CreateFailure() => new LeakDetectedException(this);

    /// <summary>
    /// The report and its chart, named as the heap dump the check wrote (or with a name of their own), then the dump when
    /// the options ask for it to be attached (<see cref="LeakOptions.AttachDumpToResult"/>).
    /// </summary>
    internal override IReadOnlyList<ReportFile> WriteFiles(string fileName)
    {
        var name = Dump is { } written ? Path.GetFileName(written.Path)[..^HeapDumps.Extension.Length] : ResultFiles.Claim(fileName);
        ReportFile?[] files =
        [
            ReportFiles.Write(name, ".leak.txt", ToString(), "lifetimeassert-report", "LifetimeAssert leak report", "text/plain", NoteFileProblem),
            ReportFiles.Write(name, ".leak.svg", ToSvg(), "lifetimeassert-chart.svg", "LifetimeAssert chart of every probe's counts", "image/svg+xml", NoteFileProblem),
            Dump is { AttachToResult: true } dump
                ? new ReportFile(dump.Path, "lifetimeassert-dump", "LifetimeAssert heap dump, taken while the leaked objects were alive (dotnet-dump analyze)", "application/octet-stream", IsLarge: true)
                : null,
        ];
        return files.OfType<ReportFile>().ToArray();
    }
}
