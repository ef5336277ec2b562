using System.Globalization;
using System.Text;
using LifetimeAssert.Configuration;
using LifetimeAssert.Verdict;

namespace LifetimeAssert.Reporting;

/// <summary>The words of the sweep: one test's report, in the format documented in docs/report-format.md.</summary>
internal static class SweepText
{
    public static string Report(SweepReport report)
    {
        var decision = report.Decision;
        var level = report.Level.ToString().ToLowerInvariant();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"LeakSweep ({level}): ");
        text.Append(report.Outcome switch
        {
            SweepOutcome.Leaked => $"{report.Subject} left {Objects(decision.NewLeaks.Sum(l => l.Count))} behind",
            SweepOutcome.Baselined => $"{report.Subject} left {Objects(decision.BaselinedLeaks.Sum(l => l.Count))} behind, as the baseline lists (not failed)",
            SweepOutcome.ExpectedLeak => $"{report.Subject} left {Objects(decision.BaselinedLeaks.Concat(decision.NewLeaks).Sum(l => l.Count))} behind, as [LeakSweepExpected] says (not failed): {report.ExpectedReason}",
            SweepOutcome.ExpectedButClean => $"{report.Subject} is marked [LeakSweepExpected(\"{report.ExpectedReason}\")] but left nothing behind: the leak is fixed, remove the marker",
            _ => $"{report.Subject} left nothing behind",
        });

        foreach (var leak in decision.NewLeaks.Concat(decision.BaselinedLeaks))
        {
            text.AppendLine().Append("  ").Append(Line(leak));
            if (report.HeldBy.TryGetValue(leak, out var path))
            {
                text.AppendLine().Append("    held by  ").Append(path);
            }
        }

        foreach (var type in decision.FixedBaselineTypes)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  note: the baseline lists {type} for this test, which it no longer leaves behind: remove its line from {SweepSettings.BaselineFileName}");
        }

        foreach (var note in report.FileNotes)
        {
            text.AppendLine().Append("  note: ").Append(note);
        }

        return text.ToString();
    }

    /// <summary>One line of what a test left behind: <c>1 DbCommand created at Repo.Find(int) in Repo.cs:41, never disposed</c>.</summary>
    public static string Line(SweepLeak leak)
    {
        var site = leak.Site is null ? "in the test (no frame of your code was recorded)" : "at " + leak.Site;
        var how = leak.Kind switch
        {
            SweepLeakKind.NeverDisposed => "never disposed",
            SweepLeakKind.NeverReleased => "never released",
            _ => "still alive after the test",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{leak.Count} {leak.ShortType} created {site}, {how}");
    }

    private static string Objects(int count) => count == 1 ? "1 object" : string.Create(CultureInfo.InvariantCulture, $"{count} objects");
}
