namespace LifetimeAssert;

/// <summary>Turns the probe slots of a finished check into its report and verdict.</summary>
internal static class ReportBuilder
{
    private const int MaxSitesShown = 3;

    public static LeakReport Build(
        string subject,
        LeakOptions options,
        IReadOnlyList<ProbeSlot> slots,
        IReadOnlyList<string> notes,
        RunCounts runs,
        string? inconclusiveReason,
        Attribution attribution)
    {
        var paths = inconclusiveReason is null ? RetentionPaths(slots) : new Dictionary<ProbeSlot, string?>();
        var probes = slots.Select(s => Describe(s, paths.GetValueOrDefault(s))).ToArray();
        var verdict = inconclusiveReason is not null ? LeakVerdict.Inconclusive
            : probes.Any(p => p.Outcome == ProbeOutcome.Leaking) ? LeakVerdict.Leaking
            : ChecksNothing(options, slots, attribution) ? LeakVerdict.NothingChecked
            : LeakVerdict.Passed;
        var missing = attribution.Missing.Select(m => MissingNote(m, options)).ToArray();
        var offFlow = new OffFlowCounts(attribution.RanAlone, attribution.CountedOffFlow, attribution.UncountedOffFlow);
        return new LeakReport(subject, verdict, probes, [.. missing, .. notes], runs, inconclusiveReason, offFlow);
    }

    /// <summary>
    /// Rule 6: a check whose every judged probe is a tracked type that never appeared checks nothing and fails, unless
    /// Strict = false; with Strict = true, any tracked type that never appeared fails.
    /// </summary>
    private static bool ChecksNothing(LeakOptions options, IReadOnlyList<ProbeSlot> slots, Attribution attribution)
    {
        if (attribution.Missing.Count == 0 || options.Strict == false)
        {
            return false;
        }

        var missing = attribution.Missing.Select(m => m.Slot).ToHashSet();
        return options.Strict == true || slots.Where(s => s.Judged).All(missing.Contains);
    }

    private static string MissingNote(MissingType missing, LeakOptions options)
    {
        var note = $"Track<{missing.Slot.Probe.Name}>: no instance was registered during the runs — this assertion checks nothing";
        note += missing.UncountedOffFlow > 0
            ? $"; {missing.UncountedOffFlow} were registered outside the test's async flow and not counted, because other tests "
                + $"may run at the same time. {Isolation.Advice}"
            : " (register instances with LifetimeTracker.Track or provider hooks, or count the type with Census)";
        return options.Strict == false ? note + "; Strict = false keeps this a note" : note;
    }

    /// <summary>
    /// Retention paths of the leaking probes, when the census package is present. Looked up only for a leak: it
    /// costs a heap snapshot with every reference. A failure to find them never changes the verdict.
    /// </summary>
    private static Dictionary<ProbeSlot, string?> RetentionPaths(IReadOnlyList<ProbeSlot> slots)
    {
        var leaking = slots.Where(s => s.Outcome == ProbeOutcome.Leaking).ToArray();
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

    private static ProbeReport Describe(ProbeSlot slot, string? retentionPath)
    {
        var leakingType = slot.Outcome == ProbeOutcome.Leaking ? slot.Probe as TrackedTypeProbe : null;
        var sites = leakingType?.Sites() ?? [];
        var undisposed = leakingType?.CollectedUndisposed() ?? 0;
        var note = undisposed == 0 ? slot.Note : string.Join("; ", new[]
        {
            slot.Note,
            $"{undisposed} of them were collected without being disposed, so what they held was never released",
        }.OfType<string>());
        var grouped = sites.GroupBy(s => s)
            .Select(g => new SiteCount(g.Key, g.Count()))
            .OrderByDescending(s => s.Survivors)
            .Take(MaxSitesShown)
            .ToArray();
        var values = slot.Series.ToArray();
        return new ProbeReport(
            slot.Probe.Name,
            slot.Probe.IsProcessWide,
            slot.Outcome,
            values,
            slot.Series.Count > 1 ? slot.WindowDeltas() : [],
            slot.WindowRunsPerSample,
            slot.Series.Count > 1 ? slot.WindowStartValue : values.FirstOrDefault(),
            values.LastOrDefault(),
            grouped,
            sites.Count,
            note,
            slot.Outcome == ProbeOutcome.Leaking && slot.Probe is IDetailedProbe detailed ? detailed.DescribeGrowth() : [],
            retentionPath);
    }
}
