using LifetimeAssert.Diagnosis;
using LifetimeAssert.Running;
using LifetimeAssert.Verdict;

namespace LifetimeAssert.Reporting;

/// <summary>
/// Turns a check's decision and diagnosis into its report: adds what the probes know (creation sites, details) and the
/// words of every finding, inconclusive cause and dump outcome.
/// </summary>
internal static class ReportBuilder
{
    private const int MaxSitesShown = 3;

    /// <summary>Builds the report of a decided and diagnosed leak check.</summary>
    /// <param name="subject">What the report calls the checked code path.</param>
    /// <param name="probes">The check's probes, in the decision's order.</param>
    /// <param name="decision">The verdict.</param>
    /// <param name="run">What the runs recorded and counted.</param>
    /// <param name="diagnosis">Retention paths and the dump.</param>
    /// <param name="heapWalks">Heap walks the check took.</param>
    /// <param name="isolationAdvice">How to run the test alone in its framework, or null for the imperative API's words.</param>
    public static LeakReport Build(
        string subject, IReadOnlyList<RecordedProbe> probes, CheckDecision decision, LeakRun run, LeakDiagnosis diagnosis, long heapWalks, string? isolationAdvice)
    {
        var advice = isolationAdvice ?? CheckReport.DefaultIsolationAdvice;
        var reports = probes.Select((p, i) => Describe(p, decision.Probes[i], diagnosis.RetentionPaths.GetValueOrDefault(p), advice)).ToArray();
        var notes = decision.Findings.Select(f => FindingText.Write(f, advice)).Append(DumpText.Note(diagnosis.Dump)).OfType<string>().ToArray();
        var inconclusive = decision.Inconclusive is { } cause ? InconclusiveText.Write(cause) : null;
        var dump = (diagnosis.Dump as DumpWritten)?.Dump;
        return new LeakReport(subject, decision.Verdict, reports, notes, run.Counts with { HeapWalks = heapWalks }, inconclusive, run.OffFlow, dump, isolationAdvice, decision.Floor);
    }

    private static ProbeReport Describe(RecordedProbe probe, ProbeJudgement judgement, RetentionPath? retentionPath, string advice)
    {
        var leaking = judgement.State == ProbeState.Leaking;
        var leakingType = leaking ? probe.Probe as TrackedTypeProbe : null;
        var sites = leakingType?.Sites() ?? [];
        var undisposed = leakingType?.CollectedUndisposed() ?? 0;
        var notes = new[] { judgement.Finding is { } f ? FindingText.Write(f, advice) : null, undisposed > 0 ? FindingText.Undisposed(undisposed) : null }
            .OfType<string>()
            .ToArray();
        var grouped = sites.GroupBy(s => s)
            .Select(g => new SiteCount(g.Key, g.Count()))
            .OrderByDescending(s => s.Survivors)
            .Take(MaxSitesShown)
            .ToArray();
        var values = probe.Series.Values.ToArray();
        var window = judgement.Window;
        return new ProbeReport(
            probe.Probe.Name,
            probe.Probe.IsProcessWide,
            judgement.Outcome,
            values,
            window.Deltas(values),
            window.RunsPerSample,
            window.StartValue(values),
            values.LastOrDefault(),
            grouped,
            sites.Count,
            notes.Length > 0 ? string.Join("; ", notes) : null,
            leaking && probe.Probe is IDetailedProbe detailed ? detailed.DescribeGrowth() : [],
            retentionPath is null ? null : retentionPath.Path ?? (retentionPath.LookupFailure is { } failure ? $"unknown: the retention path lookup failed ({failure})" : null));
    }
}
