using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LifetimeAssert.Settling;

/// <summary>
/// The one routine that forces the runtime into a steady state before a sample: a blocking full collection,
/// pending finalizers, a count, repeated until two counts agree. A weak sentinel proves each collection ran.
/// Compaction changes no object's liveness, only costs time, so only the harder confirmation settle compacts.
/// </summary>
internal static class GcSettler
{
    internal const int MaxRounds = 6;

    /// <summary>Settles the heap and fills <paramref name="counts"/> through <paramref name="sample"/>.</summary>
    /// <param name="sample">Reads the judged probes into the buffer it is given.</param>
    /// <param name="counts">Receives the settled counts.</param>
    /// <param name="scratch">A buffer of the same length, so that settling allocates nothing per sample.</param>
    /// <param name="hard">Also compacts the large object heap and requires two agreeing rounds (confirmation).</param>
    /// <param name="finalizersAgree">
    /// Also requires the two rounds' collections to find as many objects ready for finalization: the cheap sign that
    /// a wave of finalizers has ended, for the judged probes read once after the settle. Never zero in practice: the
    /// runtime keeps objects that register again on every full collection (pool trimming callbacks).
    /// </param>
    /// <param name="agreeingRounds">How many rounds in a row must count the same (2: the engine's settle; the sweep asks 3).</param>
    /// <param name="settledAtZero">
    /// Settled as soon as every count is zero: for counts of weakly watched objects, which once collected never come back
    /// (the sweep's objects expected collected), so only survivors need rounds that agree.
    /// </param>
    public static SettleOutcome Settle(
        Action<long[]> sample, long[] counts, long[] scratch, bool hard = false, bool finalizersAgree = false, int agreeingRounds = 2, bool settledAtZero = false)
    {
        if (hard)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        }

        // Every round is collect, run the finalizers it queued, count; the heap is settled when two rounds count the
        // same (and, when asked, their collections queued as many finalizers: the probes read once after the settle
        // would otherwise see what a wave of finalizers does). Usually the second round agrees, so a settle costs
        // the same two collections as Collect/WaitForPendingFinalizers/Collect.
        long pendingBefore = -1;
        var agreeing = 0;
        for (var round = 0; round <= MaxRounds; round++)
        {
            if (!CollectWithProof(compacting: hard))
            {
                return SettleOutcome.Failed(SettleFailure.NoCollection, round);
            }

            // Read before the probes: a probe may collect too (a heap walk), and this is about the settle's collection.
            var pending = finalizersAgree ? GC.GetGCMemoryInfo(GCKind.FullBlocking).FinalizationPendingCount : 0;
            GC.WaitForPendingFinalizers();

            // The hard settle agrees at the third round at the earliest, so its first counts would never be compared:
            // skip the read (a census read is a heap walk).
            if (hard && round == 0)
            {
                pendingBefore = pending;
                continue;
            }

            sample(counts);
            if (settledAtZero && !counts.AsSpan().ContainsAnyExcept(0L))
            {
                return SettleOutcome.Settled(round + 1);
            }

            agreeing = agreeing > 0 && counts.AsSpan().SequenceEqual(scratch) ? agreeing + 1 : 1;
            if (agreeing >= agreeingRounds && (!hard || round > 1) && pending == pendingBefore)
            {
                return SettleOutcome.Settled(round + 1);
            }

            pendingBefore = pending;
            counts.AsSpan().CopyTo(scratch);
        }

        return SettleOutcome.Failed(SettleFailure.NeverSettled, MaxRounds + 1);
    }

    /// <summary>A bare blocking full collection; true when a sentinel proves it ran.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CollectWithProof(bool compacting)
    {
        var sentinel = AllocateSentinel();
        try
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: compacting);
            return sentinel.Target is null;
        }
        finally
        {
            sentinel.Free();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static GCHandle AllocateSentinel() => GCHandle.Alloc(new object(), GCHandleType.Weak);
}
