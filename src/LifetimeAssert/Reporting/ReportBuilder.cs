namespace LifetimeAssert;

/// <summary>Turns a check's decision into its report: adds what the probes know (creation sites, details, retention paths) and the notes' text.</summary>
internal static class ReportBuilder
{
    private const int MaxSitesShown = 3;

    /// <summary>
    /// Builds the report. Called by the runner as soon as the verdict is known, inside the check: nothing it tracked has
    /// been released yet and the test has not cleaned up, so a heap dump written here holds the leaked objects.
    /// </summary>
    public static LeakReport Build(
        string subject, LeakOptions options, IReadOnlyList<RecordedProbe> probes, CheckDecision decision, RunCounts runs, HeapWalkCounter walks, OffFlowCounts offFlow)
    {
        var leaking = probes.Where((_, i) => decision.Probes[i].State == ProbeState.Leaking).ToArray();
        var paths = RetentionPaths(leaking);
        var reports = probes.Select((p, i) => Describe(p, decision.Probes[i], paths.GetValueOrDefault(p))).ToArray();

        // Counted after the retention paths (their walk is part of what the check cost), before the dump (not a walk).
        var counted = runs with { HeapWalks = walks.Taken };
        var dump = decision.Verdict == LeakVerdict.Leaking && options.SaveDumpOnLeak
            ? HeapDumps.Write(options.FileName ?? subject, leaking.Select(p => p.Probe).ToArray())
            : default;
        var notes = decision.Findings.Select(FindingText.Write).Append(dump.Note).OfType<string>().ToArray();
        return new LeakReport(subject, decision.Verdict, reports, notes, counted, decision.InconclusiveReason, offFlow, dump.Dump);
    }

    /// <summary>
    /// Retention paths of the leaking probes, when the census package is present. Looked up only for a leak: it
    /// costs a heap snapshot with every reference. A failure to find them never changes the verdict.
    /// </summary>
    private static Dictionary<RecordedProbe, string?> RetentionPaths(RecordedProbe[] leaking)
    {
        if (leaking.Length == 0 || CensusProviderLocator.Find() is not IRetentionPathFinder finder)
        {
            return [];
        }

        try
        {
            var paths = finder.FindPaths(leaking.Select(s => s.Probe).ToArray());
            return leaking.Zip(paths).ToDictionary(p => p.First, p => p.Second);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return leaking.ToDictionary(s => s, string? (_) => $"unknown: the retention path lookup failed ({e.Message})");
        }
    }

    private static ProbeReport Describe(RecordedProbe probe, ProbeJudgement judgement, string? retentionPath)
    {
        var leaking = judgement.State == ProbeState.Leaking;
        var leakingType = leaking ? probe.Probe as TrackedTypeProbe : null;
        var sites = leakingType?.Sites() ?? [];
        var undisposed = leakingType?.CollectedUndisposed() ?? 0;
        var notes = new[] { judgement.Finding is { } f ? FindingText.Write(f) : null, undisposed > 0 ? FindingText.Undisposed(undisposed) : null }
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
            retentionPath);
    }
}
