using System.Globalization;
using System.Text;
using LifetimeAssert.Running;

namespace LifetimeAssert.Reporting;

/// <summary>Writes an <see cref="AllocationReport"/> in the format documented in docs/report-format.md.</summary>
internal static class AllocationReportFormatter
{
    public static string Format(AllocationReport report)
    {
        var text = new StringBuilder();
        if (report.Verdict == AllocationVerdict.Inconclusive)
        {
            text.Append(CultureInfo.InvariantCulture, $"AssertAllocations: inconclusive for {report.Subject}: median {report.MedianBytesPerRun} B per run, budget {report.MaxBytesPerRun} B, not judged");
            text.AppendLine();
            text.Append("  inconclusive: ").Append(report.InconclusiveReason);
        }
        else
        {
            var verdict = report.Passed ? "within budget" : "over budget";
            var comparison = report.Passed ? "<=" : ">";
            text.Append(CultureInfo.InvariantCulture, $"AssertAllocations: {verdict} in {report.Subject}: median {report.MedianBytesPerRun} B per run {comparison} budget {report.MaxBytesPerRun} B");
        }

        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  runs      [{string.Join(", ", report.BytesPerRun.Select(b => b.ToString(CultureInfo.InvariantCulture)))}] B, {report.BytesPerRun.Count} measured after {report.WarmupRuns} warm-up");
        text.AppendLine();
        text.Append("  measured  ").Append(Measured(report));
        foreach (var warning in Warnings(report))
        {
            text.AppendLine();
            text.Append("  warning   ").Append(warning);
        }

        if (report.Verdict == AllocationVerdict.OverBudget && report.TopTypes is { } types)
        {
            text.AppendLine();
            text.Append("  types     ").Append(types);
        }

        foreach (var note in report.FileNotes)
        {
            text.AppendLine();
            text.Append("  note      ").Append(note);
        }

        return text.ToString();
    }

    private static string Measured(AllocationReport report) => report.Measurement switch
    {
        AllocationMeasurement.CurrentThread => string.Create(CultureInfo.InvariantCulture,
            $"on the running thread, GC.GetAllocatedBytesForCurrentThread() around each run: exact for that thread, other threads' allocations not counted; an empty body measured {report.CalibrationBytesPerRun} B with the meter's {report.KnownBytesPerRun}-byte sentinel, subtracted"),
        _ => string.Create(CultureInfo.InvariantCulture,
            $"process-wide ({(report.AllThreadsAskedFor ? "all threads asked for" : "a run awaited something incomplete")}), GC.GetTotalAllocatedBytes(precise: true) around each run: exact as a total, anything else running meanwhile counted too; an empty body measured {report.CalibrationBytesPerRun} B with the meter's {report.KnownBytesPerRun}-byte sentinel (least of {AllocationRunner.CalibrationRuns}), subtracted"),
    };

    private static IEnumerable<string> Warnings(AllocationReport report)
    {
        if (report.Measurement != AllocationMeasurement.ProcessWide)
        {
            yield break;
        }

        if (report.Overlapped)
        {
            yield return "another check ran at the same time; its allocations may be counted here. " + report.IsolationAdvice + ".";
        }
        else if (!report.RanAlone)
        {
            yield return "the check was not declared to run alone; other tests' allocations may be counted here. " + report.IsolationAdvice + ".";
        }
    }
}
