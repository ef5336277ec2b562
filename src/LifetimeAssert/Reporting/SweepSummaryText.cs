using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LifetimeAssert.Reporting;

/// <summary>The sweep's words at the start and the end of a run: the banner, the summary as text, JSON and Markdown.</summary>
internal static class SweepSummaryText
{
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

    // Written member by member: the reflection serializer's first use costs tens of milliseconds of JIT at the end of
    // every swept run, as much as hundreds of tests' sweeps.
    public static string JsonDocument(SweepSummary s)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("assembly", s.Assembly);
            json.WriteString("level", Level(s.Level));
            json.WriteString("levelSource", s.LevelSource);
            json.WriteNumber("checked", s.Checked);
            json.WriteNumber("leaked", s.Leaked);
            json.WriteNumber("exempt", s.Exempt);
            json.WriteNumber("expected", s.Expected);
            json.WriteNumber("baselined", s.Baselined);
            json.WriteNumber("notJudged", s.NotJudged);
            json.WriteNumber("fixtures", s.Fixtures);
            json.WriteNumber("registered", s.Registered);
            json.WriteNumber("shared", s.Shared);
            json.WriteNumber("notCounted", s.NotCounted);
            json.WriteBoolean("sawNothing", s.SawNothing);
            json.WriteStartArray("hooks");
            foreach (var hook in s.Hooks)
            {
                json.WriteStringValue(hook);
            }

            json.WriteEndArray();
            WriteEntries(json, "leaks", s.Leaks);
            WriteEntries(json, "fixedBaselineLines", s.FixedBaselineLines);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteEntries(Utf8JsonWriter json, string name, IReadOnlyList<Files.BaselineEntry> entries)
    {
        json.WriteStartArray(name);
        foreach (var entry in entries)
        {
            json.WriteStartObject();
            json.WriteString("test", entry.Test);
            json.WriteString("type", entry.Type);
            json.WriteNumber("count", entry.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

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
