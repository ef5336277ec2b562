using System.Globalization;
using System.Text;

using LifetimeAssert.Diagnosis;

namespace LifetimeAssert.Reporting;

/// <summary>Renders a leak report in the format documented in docs/report-format.md.</summary>
internal static class ReportFormatter
{
    private const int NameWidth = 28;

    public static string Format(LeakReport report)
    {
        var text = new StringBuilder();
        text.Append("AssertNoLeak: ").Append(Headline(report)).Append(' ').Append(report.Subject)
            .Append(CultureInfo.InvariantCulture, $" (warm-up {report.WarmupRuns}, {report.Samples} samples x {report.SampleEvery} runs, {report.TotalRuns} runs in all")
            .Append(report.HeapWalks > 0 ? string.Create(CultureInfo.InvariantCulture, $", {report.HeapWalks} heap walks)") : ")");

        if (report.InconclusiveReason is not null)
        {
            text.AppendLine().Append("  inconclusive: ").Append(report.InconclusiveReason);
        }

        if (report.Passed)
        {
            text.AppendLine().Append("  floor: ").Append(FloorText.Write(report.DetectionFloor));
        }

        foreach (var leak in report.Leaks)
        {
            AppendLeak(text, leak);
        }

        AppendQuietProbes(text, report.Probes.Where(p => p.Outcome is ProbeOutcome.Flat or ProbeOutcome.Cleared), "flat");
        AppendQuietProbes(text, report.Probes.Where(p => p.Outcome == ProbeOutcome.ReportedOnly), "reported");
        AppendOffFlow(text, report);
        if (report.Dump is { } dump)
        {
            AppendDump(text, dump);
        }

        foreach (var note in report.Notes.Concat(report.Probes.Where(p => p.Note is not null).Select(p => $"{p.Name}: {p.Note}")).Concat(report.FileNotes))
        {
            text.AppendLine().Append("  note: ").Append(note);
        }

        return text.ToString();
    }

    private static string Headline(LeakReport report) => report.Verdict switch
    {
        LeakVerdict.Leaking => report.Leaks.Count == 1 ? "1 leak in" : $"{report.Leaks.Count} leaks in",
        LeakVerdict.Inconclusive => "inconclusive for",
        LeakVerdict.NothingChecked => "nothing checked in",
        _ => "no leak in",
    };

    private static void AppendLeak(StringBuilder text, ProbeReport leak)
    {
        text.AppendLine()
            .Append("  ").Append(leak.Name.PadRight(NameWidth))
            .Append(" grew [").Append(string.Join(", ", leak.WindowDeltas)).Append(']')
            .Append(CultureInfo.InvariantCulture, $" per {leak.RunsPerSample} runs   live {leak.LiveAtWindowStart} -> {leak.LiveAtEnd}   ")
            .Append(CultureInfo.InvariantCulture, $"+{leak.GrowthPerRun:0.##}/run");
        foreach (var detail in leak.Details)
        {
            text.AppendLine().Append("    ").Append(detail);
        }

        if (leak.CreationSites.Count > 0)
        {
            var top = leak.CreationSites[0];
            text.AppendLine().Append("    created at ").Append(top.Site)
                .Append(CultureInfo.InvariantCulture, $" ({top.Survivors} of {leak.SurvivorsWithSite} survivors)");
            foreach (var other in leak.CreationSites.Skip(1).Take(2))
            {
                text.AppendLine().Append("           and ").Append(other.Site)
                    .Append(CultureInfo.InvariantCulture, $" ({other.Survivors})");
            }
        }
        else if (!leak.IsProcessWide)
        {
            text.AppendLine().Append("    created at: no survivor recorded a creation site");
        }

        if (leak.RetentionPath is not null)
        {
            text.AppendLine().Append("    held by  ").Append(leak.RetentionPath);
        }
    }

    /// <summary>
    /// Always said when the check counts registrations: objects created by server pipelines or hosted services are
    /// counted only when the check runs alone, and a reader must know which of the two happened.
    /// </summary>
    private static void AppendOffFlow(StringBuilder text, LeakReport report)
    {
        if (report.RegisteredOffFlow == 0 && report.UncountedOffFlow == 0 && report.Probes.All(p => p.IsProcessWide))
        {
            return;
        }

        text.AppendLine().Append("  off flow: ");
        if (report.UncountedOffFlow > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{report.UncountedOffFlow} registered outside the test's async flow and not counted, ")
                .Append("because other tests may run at the same time. ").Append(report.IsolationAdvice);
        }
        else if (report.RegisteredOffFlow > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{report.RegisteredOffFlow} registered outside the test's async flow, counted (the test ran alone)");
        }
        else
        {
            text.Append("none registered outside the test's async flow")
                .Append(report.RanAlone ? " (the test ran alone: such objects would count)" : string.Empty);
        }
    }

    /// <summary>
    /// The dump and the dotnet-dump (SOS) commands that answer the next question: how many, and what holds one; then who
    /// can read it. The path is quoted for a POSIX shell, so the <c>open:</c> line can be pasted whatever the test's name holds.
    /// </summary>
    private static void AppendDump(StringBuilder text, HeapDump dump)
    {
        var path = ShellQuoted(dump.Path);
        text.AppendLine().Append("  dump: ").Append(path)
            .Append(CultureInfo.InvariantCulture, $" ({dump.Bytes / (1024.0 * 1024.0):0.#} MB, written while the leaked objects were alive)");
        text.AppendLine().Append("    open:   dotnet-dump analyze ").Append(path);
        if (dump.TypeNames.Count == 0)
        {
            text.AppendLine().Append("    count:  dumpheap -stat   (live objects by type, largest total size last)");
        }
        else
        {
            foreach (var type in dump.TypeNames)
            {
                text.AppendLine().Append("    count:  dumpheap -stat -type ").Append(type);
            }

            text.AppendLine().Append("    find:   dumpheap -type ").Append(dump.TypeNames[0]).Append("   (the address of each instance)");
            text.AppendLine().Append("    holder: gcroot <address>   (the chain of references from a GC root that keeps that instance alive)");
        }

        text.AppendLine().Append("    kept:   readable by this user only, ")
            .Append(dump.AttachToResult ? "and attached to the test result (AttachDumpToResult)" : "not attached to the test result (AttachDumpToResult = true attaches it)")
            .Append(": it holds every secret the process had in memory");
    }

    /// <summary>
    /// <paramref name="path"/> as a POSIX shell reads it back as one word: as it is when it holds only letters, digits and
    /// <c>/ . _ - + , = : @ %</c>; otherwise in single quotes, inside which a shell expands nothing (a quote in the path is
    /// written <c>'\''</c>).
    /// </summary>
    internal static string ShellQuoted(string path) =>
        path.Length > 0 && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or '+' or ',' or '=' or ':' or '@' or '%')
            ? path
            : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void AppendQuietProbes(StringBuilder text, IEnumerable<ProbeReport> probes, string label)
    {
        // An inconclusive check may end before a probe has two samples: there is nothing to show for it.
        var list = probes.Where(p => p.Values.Count > 1).ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.AppendLine().Append("  ").Append(label).Append(": ")
            .AppendJoin("  ", list.Select(p => $"{p.Name} [{string.Join(",", p.WindowDeltas)}]"));
    }
}
