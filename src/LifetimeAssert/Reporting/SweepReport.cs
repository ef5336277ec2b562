using LifetimeAssert.Files;
using LifetimeAssert.Reporting;
using LifetimeAssert.Verdict;

namespace LifetimeAssert;

/// <summary>
/// The per-test sweep's report on one test: what it left behind, and whether that fails it. <see cref="ToString"/> is
/// the message of a failing test (see docs/report-format.md, "The sweep report").
/// </summary>
public sealed class SweepReport : CheckReport
{
    internal SweepReport(string subject, SweepLevel level, SweepDecision decision, string? expectedReason, IReadOnlyDictionary<SweepLeak, string> heldBy)
        : base(subject, isolationAdvice: null)
    {
        Level = level;
        Decision = decision;
        ExpectedReason = expectedReason;
        HeldBy = heldBy;
    }

    /// <summary>The level the test was swept at.</summary>
    public SweepLevel Level { get; }

    /// <summary>What the sweep concluded.</summary>
    public SweepOutcome Outcome => Decision.Outcome;

    /// <summary>True unless the test left behind something no baseline or marker allows, or a marked leak is fixed.</summary>
    public override bool Passed => Decision.Passed;

    /// <summary>True when the report says anything: a leak, a marker's or the baseline's news.</summary>
    internal bool HasNews => Outcome != SweepOutcome.Clean || Decision.FixedBaselineTypes.Count > 0;

    internal SweepDecision Decision { get; }

    internal string? ExpectedReason { get; }

    /// <summary>What holds a survivor of the collect level, by leak, when the census package found it.</summary>
    internal IReadOnlyDictionary<SweepLeak, string> HeldBy { get; }

    /// <summary>The report as text, in the documented format.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => SweepText.Report(this);

    internal override CheckFailedException CreateFailure() => new LeakSweepException(this);

    internal override IReadOnlyList<ReportFile> WriteFiles(string fileName) =>
        ReportFiles.Write(ResultFiles.Claim(fileName), ".sweep.txt", ToString(), "lifetimeassert-sweep", "LifetimeAssert sweep report", "text/plain", NoteFileProblem)
            is { } file ? [file] : [];
}
