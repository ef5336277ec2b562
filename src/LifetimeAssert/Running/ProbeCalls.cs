using System.Runtime.ExceptionServices;
using LifetimeAssert.Verdict;

namespace LifetimeAssert.Running;

/// <summary>
/// Calls into probes so that a failing probe is named, and never read as a count of 0: whatever a probe throws while
/// starting or sampling ends the check as inconclusive, with a report that names the probe. Every call is given the
/// check's cancellation and a timeout (<see cref="ProbeCallLimit"/>, as <see cref="Probe.CallCancellation"/>): a call
/// that ran past it ends the check as inconclusive even when it returned a count, and a call the check's own
/// cancellation interrupted ends the check as cancelled. Stopping never throws, so it cannot replace the body's
/// exception or the report.
/// </summary>
internal static class ProbeCalls
{
    /// <summary>Starts a probe and adds it to <paramref name="started"/> once it started, also when it then counts as timed out.</summary>
    public static void Start(Probe probe, ProbeCallLimit limit, List<Probe> started) => Guard(probe, ProbeAction.Starting, limit, p =>
    {
        p.Start();
        started.Add(p);
        return 0;
    });

    public static void ConfirmationStarting(ICostlyProbe probe, ProbeCallLimit limit) =>
        Guard((Probe)probe, ProbeAction.PreparingConfirmation, limit, static p =>
        {
            ((ICostlyProbe)p).ConfirmationStarting();
            return 0;
        });

    public static long Sample(Probe probe, ProbeCallLimit limit)
    {
        var value = Guard(probe, ProbeAction.Sampling, limit, static p => p.Sample());
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

    private static long Guard(Probe probe, ProbeAction action, ProbeCallLimit limit, Func<Probe, long> call)
    {
        long value = 0;
        Exception? error = null;
        probe.CurrentCall = limit.Begin();
        try
        {
            value = call(probe);
        }
        catch (Exception e)
        {
            error = e;
        }
        finally
        {
            probe.CurrentCall = default;
        }

        // Read after the call, not in a filter: a filter would run before the timer is disarmed.
        var timedOut = limit.End();
        limit.Check.ThrowIfCancellationRequested();
        return (timedOut, error) switch
        {
            (true, _) => throw new ProbeCallException(new ProbeTimedOut(probe.Name, action, limit.Limit), error),
            (_, null) => value,
            (_, ProbeInconclusiveException e) => throw new ProbeCallException(new ProbeCannotCount(probe.Name, e.Message), e),
            (_, OperationCanceledException e) => Rethrow(e),
            (_, var e) => throw new ProbeCallException(new ProbeFailed(probe.Name, action, e.Message), e),
        };
    }

    private static long Rethrow(Exception e)
    {
        ExceptionDispatchInfo.Throw(e);
        return 0;
    }
}
