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
        NegativeCount n => Invariant($"Probe \"{n.Probe}\" returned a negative count ({n.Value}); a probe counts things."),
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, "a cause without text"),
    };

    private static string Action(ProbeAction action) => action switch
    {
        ProbeAction.Starting => "starting",
        ProbeAction.Sampling => "sampling",
        _ => "preparing the confirmation",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
