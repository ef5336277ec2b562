using LifetimeAssert.Verdict;

using System.Runtime.CompilerServices;

namespace LifetimeAssert.Running;

/// <summary>
/// Reads the allocation counters around runs of a body. Reading them allocates nothing; the asynchronous form is split
/// in two halves around the caller's own <c>await</c>, so no state machine of the meter is allocated inside a run.
/// </summary>
/// <remarks>
/// Every run also allocates a sentinel of <see cref="KnownBytesPerRun"/> bytes between the two readings, so every
/// reading must be at least that much: a reading below it is one the runtime got wrong (its counters have returned 0 at
/// random, dotnet/runtime#118826), and <see cref="AllocationRules"/> refuses to judge the budget on it. The calibration
/// runs allocate the sentinel too, so it is subtracted from every run with the meter's own cost.
/// </remarks>
internal static class AllocationMeter
{
    /// <summary>The sentinel's length: it allocates this many bytes and its header, well below the large object heap.</summary>
    public const int KnownBytesPerRun = 256;

    // Stored, so the JIT cannot remove the allocation (.NET 10 places arrays that do not escape on the stack).
    private static byte[]? _sentinel;

    /// <summary>Runs a synchronous body once; the process counter is read only when asked for.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static AllocationSample MeasureOnce(CheckBody body, bool countAllThreads, IAllocationCounters counters)
    {
        var processBefore = countAllThreads ? counters.Process() : 0;
        var before = counters.CurrentThread();
        AllocateSentinel();
        body.RunOnce();
        var threadBytes = counters.CurrentThread() - before;
        var processBytes = countAllThreads ? counters.Process() - processBefore : threadBytes;
        return new AllocationSample(threadBytes, processBytes, CompletedSynchronously: true);
    }

    /// <summary>
    /// Starts one run of an asynchronous body: reads both counters, starts the run, reads the thread counter again as
    /// soon as the body returned its task. Await the task, then call <see cref="End"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static AsyncRun Start(CheckBody body, IAllocationCounters counters)
    {
        var processBefore = counters.Process();
        var threadBefore = counters.CurrentThread();
        AllocateSentinel();
        var task = body.StartOnce();
        var threadBytes = counters.CurrentThread() - threadBefore;
        return new AsyncRun(task, task.IsCompleted, threadBytes, processBefore);
    }

    /// <summary>Ends a run whose task has completed: the process counter covers it up to now.</summary>
    public static AllocationSample End(AsyncRun run, IAllocationCounters counters) =>
        new(run.ThreadBytes, counters.Process() - run.ProcessBefore, run.CompletedSynchronously);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AllocateSentinel() => _sentinel = new byte[KnownBytesPerRun];

    /// <summary>A started run of an asynchronous body.</summary>
    internal readonly record struct AsyncRun(Task Task, bool CompletedSynchronously, long ThreadBytes, long ProcessBefore);
}
