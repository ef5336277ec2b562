using LifetimeAssert.Tracking;
using LifetimeAssert.Verdict;

namespace LifetimeAssert.Running;

/// <summary>
/// Runs one allocation check's body: warm-up runs (unmeasured), calibration runs of an empty body of the same shape (the
/// meter's own cost), then the measured runs, each measured on its own. The runs happen in one method, so an async body
/// makes that method allocate its state machine once, during the warm-up, and never inside a measured run. When the
/// time budget runs out, the runs stop and the record says so with the runs measured until then.
/// </summary>
internal static class AllocationRunner
{
    /// <summary>Runs of the empty body; the least of them is the meter's own cost.</summary>
    internal const int CalibrationRuns = 5;

    private static readonly CheckBody EmptySynchronous = CheckBody.From(static () => { });
    private static readonly CheckBody EmptyAsynchronous = CheckBody.From(static () => Task.CompletedTask);

    public static async Task<AllocationRecord> RunAsync(CheckBody body, AllocationOptions options, IAllocationCounters counters, CheckBudget budget)
    {
        var empty = body.IsSynchronous ? EmptySynchronous : EmptyAsynchronous;
        var warmup = new AllocationSample[options.Warmup];
        var calibration = new AllocationSample[CalibrationRuns];
        var measured = new AllocationSample[options.Iterations];
        var done = new int[3];
        var overlapped = false;
        var own = TrackingScope.Current;
        var cancellation = budget.Token;
        InconclusiveCause? stopped = null;
        var measurement = ActiveChecks.EnterMeasurement(cancellation);
        try
        {
            // Phases in one loop, so the buffers, the loop and the state machine exist before the first measured run.
            var phases = new (CheckBody Body, AllocationSample[] Into)[] { (body, warmup), (empty, calibration), (body, measured) };
            for (var phase = 0; phase < phases.Length; phase++)
            {
                var (current, into) = phases[phase];
                for (var i = 0; i < into.Length; i++)
                {
                    cancellation.ThrowIfCancellationRequested();
                    if (current.IsSynchronous)
                    {
                        into[i] = AllocationMeter.MeasureOnce(current, options.CountAllThreads, counters);
                    }
                    else
                    {
                        var run = AllocationMeter.Start(current, counters);
                        await run.Task.ConfigureAwait(false);
                        into[i] = AllocationMeter.End(run, counters);
                    }

                    done[phase] = i + 1;
                    overlapped |= ActiveChecks.OthersBeside(own, ownMeasurements: 1);
                }
            }
        }
        catch (OperationCanceledException) when (budget.IsSpent)
        {
            stopped = new TimeBudgetSpent(budget.Limit, budget.Elapsed, (long)done[0] + done[1] + done[2]);
        }
        finally
        {
            measurement.Dispose();
        }

        return new AllocationRecord(
            measured[..done[2]], calibration[..done[1]], options.CountAllThreads, overlapped, AllocationMeter.KnownBytesPerRun, stopped);
    }
}
