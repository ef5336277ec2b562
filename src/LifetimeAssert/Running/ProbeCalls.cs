using LifetimeAssert.Verdict;

namespace LifetimeAssert.Running;

/// <summary>
/// Calls into probes so that a failing probe is named, and never read as a count of 0: whatever a probe throws while
/// starting or sampling ends the check as inconclusive, with a report that names the probe. Stopping never throws,
/// so it cannot replace the body's exception or the report.
/// </summary>
internal static class ProbeCalls
{
    public static void Start(Probe probe) => Guard(probe, ProbeAction.Starting, () => probe.Start());

    public static void ConfirmationStarting(ICostlyProbe probe) =>
        Guard((Probe)probe, ProbeAction.PreparingConfirmation, probe.ConfirmationStarting);

    public static long Sample(Probe probe)
    {
        long value = 0;
        Guard(probe, ProbeAction.Sampling, () => value = probe.Sample());
        return value >= 0 ? value : throw new ProbeCallException(new NegativeCount(probe.Name, value), null);
    }

    /// <summary>Stops every probe, even when one throws; returns the probes that failed to stop.</summary>
    public static IReadOnlyList<StopFailed> StopAll(IEnumerable<Probe> probes)
    {
        List<StopFailed>? failures = null;
        foreach (var probe in probes)
        {
            try
            {
                probe.Stop();
            }
            catch (Exception e)
            {
                (failures ??= []).Add(new StopFailed(probe.Name, e.Message));
            }
        }

        return failures ?? [];
    }

    private static void Guard(Probe probe, ProbeAction action, Action call)
    {
        try
        {
            call();
        }
        catch (ProbeInconclusiveException e)
        {
            throw new ProbeCallException(new ProbeCannotCount(probe.Name, e.Message), e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ProbeCallException(new ProbeFailed(probe.Name, action, e.Message), e);
        }
    }
}
