using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LifetimeAssert.Reporting;

/// <summary>The sweep's words at the start and the end of a run: the banner, the summary as text, JSON and Markdown.</summary>
internal static class SweepSummaryText
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Banner(string assembly, SweepLevel level, string source, IEnumerable<string> hooksLoaded) =>
        Invariant($"LifetimeAssert sweep of {assembly}: {Level(level)} level ({source}); hooks loaded: ")
        + (hooksLoaded.Any() ? string.Join(", ", hooksLoaded) : "none yet (a hook package loads when first used)");

    public static string Text(SweepSummary s)
    {
        var text = new StringBuilder();
        if (s.SawNothing)
        {
            text.Append(Invariant($"LifetimeAssert sweep of {s.Assembly}: NOTHING WAS CHECKED — {s.Checked} tests ran and none registered an object. "))
                .Append("The sweep sees only what is registered: wrap data sources with WithLifetimeTracking(), add AddLifetimeTracking() ")
                .Append("to EF Core contexts, or register your own objects with LifetimeTracker.TrackDisposable.")
                .AppendLine();
        }

        text.Append(Invariant($"LifetimeAssert sweep of {s.Assembly} ({Level(s.Level)}, {s.LevelSource}): {s.Checked} tests checked, {s.Leaked} leaked, "))
            .Append(Invariant($"{s.Exempt} exempt, {s.Expected} expected, {s.Baselined} baselined, {s.NotJudged} failed on their own, {s.Fixtures} fixtures checked; "))
            .Append(Invariant($"{s.Registered} objects registered (by {(s.Hooks.Count > 0 ? string.Join(", ", s.Hooks) : "nothing")}), "))
            .Append(Invariant($"{s.Shared} left to no test (static or lazy singletons), {s.NotCounted} registered outside every test's flow and not counted"));
        foreach (var line in s.FixedBaselineLines)
        {
            text.AppendLine().Append(Invariant($"  baseline: {line.Test} no longer leaks {line.Type}: remove its line"));
        }

        return text.ToString();
    }

    public static string JsonDocument(SweepSummary s) => JsonSerializer.Serialize(
        new
        {
            s.Assembly,
            Level = Level(s.Level),
            s.LevelSource,
            s.Checked,
            s.Leaked,
            s.Exempt,
            s.Expected,
            s.Baselined,
            s.NotJudged,
            s.Fixtures,
            s.Registered,
            s.Shared,
            s.NotCounted,
            s.SawNothing,
            s.Hooks,
            s.Leaks,
            s.FixedBaselineLines,
        },
        Json);

    public static string Markdown(SweepSummary s)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"### LifetimeAssert sweep — {s.Assembly}"));
        if (s.SawNothing)
        {
            text.AppendLine().AppendLine("> **Nothing was checked**: no test registered an object.");
        }

        text.AppendLine()
            .AppendLine("| level | checked | leaked | exempt | expected | baselined | objects registered | not counted |")
            .AppendLine("|---|---|---|---|---|---|---|---|")
            .AppendLine(Invariant($"| {Level(s.Level)} | {s.Checked} | {s.Leaked} | {s.Exempt} | {s.Expected} | {s.Baselined} | {s.Registered} | {s.NotCounted} |"));
        foreach (var leak in s.Leaks)
        {
            text.AppendLine(Invariant($"- `{leak.Test}`: {leak.Count} `{leak.Type}`"));
        }

        return text.ToString();
    }

    private static string Level(SweepLevel level) => level.ToString().ToLowerInvariant();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
