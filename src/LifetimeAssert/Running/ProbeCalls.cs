namespace LifetimeAssert;

/// <summary>
/// Calls into probes so that a failing probe is named, and never read as a count of 0. A probe that cannot count
/// right now throws <see cref="ProbeInconclusiveException"/>; it passes through, named, for the runner to end the
/// check as inconclusive.
/// </summary>
internal static class ProbeCalls
{
    public static void Start(Probe probe) => Guard(probe, "starting", () => probe.Start());

    public static long Sample(Probe probe)
    {
        long value = 0;
        Guard(probe, "sampling", () => value = probe.Sample());
        return value >= 0
            ? value
            : throw new InvalidOperationException($"Probe \"{probe.Name}\" returned a negative count ({value}); a probe counts things.");
    }

    /// <summary>Stops every probe even when one throws, then reports the first failure.</summary>
    public static void StopAll(IEnumerable<Probe> probes)
    {
        List<Exception>? failures = null;
        foreach (var probe in probes)
        {
            try
            {
                Guard(probe, "stopping", () => probe.Stop());
            }
            catch (InvalidOperationException e)
            {
                (failures ??= []).Add(e);
            }
        }

        if (failures is not null)
        {
            throw failures.Count == 1 ? failures[0] : new AggregateException(failures);
        }
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
            throw new InvalidOperationException($"Probe \"{probe.Name}\" failed while {action}: {e.Message}", e);
        }
    }
}
