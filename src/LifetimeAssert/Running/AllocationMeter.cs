using LifetimeAssert.Verdict;

using System.Runtime.CompilerServices;

namespace LifetimeAssert.Running;

/// <summary>
/// Reads the allocation counters around runs of a body. Reading them allocates nothing; the asynchronous form is split
/// in two halves around the caller's own <c>await</c>, so no state machine of the meter is allocated inside a run.
/// </summary>
internal static class AllocationMeter
{
    /// <summary>Runs a synchronous body once; the process counter is read only when asked for.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static AllocationSample MeasureOnce(CheckBody body, bool countAllThreads)
    {
        var processBefore = countAllThreads ? GC.GetTotalAllocatedBytes(precise: true) : 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        body.RunOnce();
        var threadBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        var processBytes = countAllThreads ? GC.GetTotalAllocatedBytes(precise: true) - processBefore : threadBytes;
        return new AllocationSample(threadBytes, processBytes, CompletedSynchronously: true);
    }

    /// <summary>
    /// Starts one run of an asynchronous body: reads both counters, starts the run, reads the thread counter again as
    /// soon as the body returned its task. Await the task, then call <see cref="End"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static AsyncRun Start(CheckBody body)
    {
        var threadBefore = GC.GetAllocatedBytesForCurrentThread();
        var processBefore = GC.GetTotalAllocatedBytes(precise: true);
        var task = body.StartOnce();
        var threadBytes = GC.GetAllocatedBytesForCurrentThread() - threadBefore;
        return new AsyncRun(task, task.IsCompleted, threadBytes, processBefore);
    }

    /// <summary>Ends a run whose task has completed: the process counter covers it up to now.</summary>
    public static AllocationSample End(AsyncRun run) =>
        new(run.ThreadBytes, GC.GetTotalAllocatedBytes(precise: true) - run.ProcessBefore, run.CompletedSynchronously);

    /// <summary>A started run of an asynchronous body.</summary>
    internal readonly record struct AsyncRun(Task Task, bool CompletedSynchronously, long ThreadBytes, long ProcessBefore);
}
