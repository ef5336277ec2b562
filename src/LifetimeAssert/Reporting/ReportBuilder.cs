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
        IReadOnlyList<string> nothingChecked)
    {
        var probes = slots.Select(Describe).ToArray();
        var verdict = inconclusiveReason is not null ? LeakVerdict.Inconclusive
            : probes.Any(p => p.Outcome == ProbeOutcome.Leaking) ? LeakVerdict.Leaking
            : options.Strict && nothingChecked.Count > 0 ? LeakVerdict.NothingChecked
            : LeakVerdict.Passed;
        return new LeakReport(subject, verdict, probes, [.. nothingChecked, .. notes], runs, inconclusiveReason);
    }

    private static ProbeReport Describe(ProbeSlot slot)
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
            note);
    }
}
