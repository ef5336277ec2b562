using System.Globalization;
using LifetimeAssert.Verdict;

namespace LifetimeAssert.Reporting;

/// <summary>Why a check could conclude nothing, in the words of the report's <c>inconclusive:</c> line.</summary>
internal static class InconclusiveText
{
    public static string Write(InconclusiveCause cause) => cause switch
    {
        NoCollection => "a forced garbage collection did not run (is a no-GC region active?)",
        NeverSettled n => Invariant($"the counts kept changing over {n.Rounds} forced collections: the body leaves work running after it ")
            + "returns (fire-and-forget tasks, timers, finalizers that create objects); await or stop it before returning",
        ProbeCannotCount c => $"{c.Probe}: {c.Reason}",
        ProbeFailed f => $"Probe \"{f.Probe}\" failed while {Action(f.Action)}: {f.Message}",
        ProbeTimedOut t => Invariant($"Probe \"{t.Probe}\" did not answer within {Duration(t.Limit)} while {Action(t.Action)}, so its count is unknown: ")
            + "what it waits on (a server, a file, a lock) did not answer. A call of a probe may take at most Probe.CallTimeout; "
            + "a probe that waits passes Probe.CallCancellation on, so that such a call ends",
        NegativeCount n => Invariant($"Probe \"{n.Probe}\" returned a negative count ({n.Value}); a probe counts things."),
        TimeBudgetSpent t => Invariant($"the check's time budget of {Duration(t.Budget)} was spent after {t.Runs} runs ({Duration(t.Elapsed)}), so it stopped there. ")
            + RaiseBudget,
        TimeBudgetWouldOverrun o => Invariant($"at the pace of its first samples ({Duration(o.PerSample)} each) the check would take about {Duration(o.Projected)}, ")
            + Invariant($"over its time budget of {Duration(o.Budget)}, so it stopped after {Duration(o.Elapsed)} with {o.SamplesLeft} samples still planned. ")
            + RaiseBudget,
        ImplausibleAllocationReadings r => Invariant($"{r.Implausible} of the {r.Readings} readings of {Counter(r.Counter)} cannot be true ({Implausible(r)}; ")
            + Invariant($"the least read {r.Least} B): the runtime's allocation counters have returned 0 at random (dotnet/runtime#118826), ")
            + "so the check does not judge the budget on them. Run the test again; if it repeats, run it alone and without a CPU affinity of one core",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, "a cause without text"),
    };

    private const string RaiseBudget =
        "Raise the budget (TimeBudgetSeconds = n on the attribute, .TimeBudget(TimeSpan) on the options: 1 s to 24 h, default 10 min) "
        + "or make the check cheaper (fewer Iterations or Warmup, a larger SampleEvery, fewer Census names)";

    private static string Implausible(ImplausibleAllocationReadings r)
    {
        var parts = new List<string>();
        if (r.BelowKnown > 0)
        {
            parts.Add(Invariant($"{r.BelowKnown} below the {r.KnownBytes} B the meter itself allocates in every run"));
        }

        if (r.ThreadAboveProcess > 0)
        {
            parts.Add(Invariant($"{r.ThreadAboveProcess} higher on the running thread than for the whole process, which includes it"));
        }

        return string.Join(" and ", parts);
    }

    private static string Counter(AllocationMeasurement counter) => counter == AllocationMeasurement.CurrentThread
        ? "GC.GetAllocatedBytesForCurrentThread()"
        : "GC.GetTotalAllocatedBytes(precise: true)";

    /// <summary>A duration as people say it: 0.25 s, 42 s, 10 min, 1 h 30 min.</summary>
    internal static string Duration(TimeSpan duration) => duration switch
    {
        { TotalSeconds: < 10 } => Invariant($"{Math.Round(duration.TotalSeconds, 2)} s"),
        { TotalMinutes: < 1 } => Invariant($"{Math.Round(duration.TotalSeconds)} s"),
        { TotalHours: < 1 } => duration.Seconds == 0 ? Invariant($"{duration.Minutes} min") : Invariant($"{duration.Minutes} min {duration.Seconds} s"),
        _ => duration.Minutes == 0 ? Invariant($"{(long)duration.TotalHours} h") : Invariant($"{(long)duration.TotalHours} h {duration.Minutes} min"),
    };

    private static string Action(ProbeAction action) => action switch
    {
        ProbeAction.Starting => "starting",
        ProbeAction.Sampling => "sampling",
        _ => "preparing the confirmation",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
