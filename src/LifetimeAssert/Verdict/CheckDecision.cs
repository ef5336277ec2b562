namespace LifetimeAssert.Verdict;

/// <summary>The verdict of a check, each probe's judgement (in the record's order), and the check-level findings.</summary>
/// <param name="Verdict">The overall result.</param>
/// <param name="Probes">One judgement per recorded probe, in the same order.</param>
/// <param name="Findings">What the check found beyond its probes' windows, in the order the notes show them.</param>
/// <param name="Inconclusive">Why nothing could be concluded, when the verdict is inconclusive.</param>
/// <param name="Floor">The slowest leak the rules are sure to fail (<see cref="SamplingRules.Floor"/>): what a pass proved.</param>
internal sealed record CheckDecision(
    LeakVerdict Verdict, IReadOnlyList<ProbeJudgement> Probes, IReadOnlyList<Finding> Findings, InconclusiveCause? Inconclusive, DetectionFloor Floor);
