using System.Globalization;

using LifetimeAssert.Verdict;

namespace LifetimeAssert.Reporting;

/// <summary>The prose of every finding, as the report's notes show it (docs/report-format.md).</summary>
internal static class FindingText
{
    public static string Write(Finding finding, string isolationAdvice) => finding switch
    {
        ExtendedFinding e => Invariant($"sampling was extended by {e.Added} samples of {e.RunsPerSample} runs while a count kept growing (a bounded pool or cache stops)"),
        ResampledFinding { GrewInEverySample: true } r =>
            Invariant($"grew only in some samples [{Join(r.Before)}] per {r.SampleEvery} runs; re-sampled every {r.Interval} runs it grew in every sample [{Join(r.After)}]"),
        ResampledFinding r =>
            Invariant($"grew only in some samples [{Join(r.Before)}] per {r.SampleEvery} runs; re-sampled every {r.Interval} runs [{Join(r.After)}], not every sample grew, so it is not a leak"),
        FellBackFinding f => Invariant($"grew in every sample but fell back to {f.Value} after a harder settle; not a leak"),
        NothingRegisteredFinding n => NothingRegistered(n, isolationAdvice),
        SharedProcessFinding s => (s.Overlapped ? "another leak or allocation check ran at the same time" : "other tests may have run at the same time")
            + "; process-wide probes count their objects too. " + isolationAdvice + " to trust this verdict",
        StopFailedFinding s => $"probe \"{s.Probe}\" failed while stopping: {s.Message}",
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding, "a finding without text"),
    };

    public static string Undisposed(long count) =>
        Invariant($"{count} of them were collected without being disposed, so what they held was never released");

    private static string NothingRegistered(NothingRegisteredFinding missing, string isolationAdvice)
    {
        var note = $"Track<{missing.Probe}>: no instance was registered during the runs — this assertion checks nothing";
        note += missing.UncountedOffFlow > 0
            ? Invariant($"; {missing.UncountedOffFlow} were registered outside the test's async flow and not counted, because other tests ")
                + $"may run at the same time. {isolationAdvice}"
            : " (register instances with LifetimeTracker.Track or provider hooks, or count the type with Census)";
        return missing.Strict == false ? note + "; Strict = false keeps this a note" : note;
    }

    private static string Join(long[] deltas) => string.Join(", ", deltas);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
