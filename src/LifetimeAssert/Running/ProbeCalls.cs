namespace LifetimeAssert;

/// <summary>
/// Calls into probes so that a failing probe is named, and never read as a count of 0: whatever a probe throws while
/// starting or sampling ends the check as inconclusive, with a report that names the probe. Stopping never throws,
/// so it cannot replace the body's exception or the report.
/// </summary>
internal static class ProbeCalls
{
    public static void Start(Probe probe) => Guard(probe, "starting", () => probe.Start());

    public static void ConfirmationStarting(ICostlyProbe probe) =>
        Guard((Probe)probe, "preparing the confirmation", probe.ConfirmationStarting);

    public static long Sample(Probe probe)
    {
        long value = 0;
        Guard(probe, "sampling", () => value = probe.Sample());
        return value >= 0
            ? value
            : throw new ProbeInconclusiveException($"Probe \"{probe.Name}\" returned a negative count ({value}); a probe counts things.");
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

    private static void Guard(Probe probe, string action, Action call)
    {
        try
        {
            call();
        }
        catch (ProbeInconclusiveException e)
        {
            throw new ProbeInconclusiveException($"{probe.Name}: {e.Message}", e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ProbeInconclusiveException($"Probe \"{probe.Name}\" failed while {action}: {e.Message}", e);
        }
    }
}
