namespace LifetimeAssert.Running;

/// <summary>The runtime's allocation counters.</summary>
internal sealed class GcAllocationCounters : IAllocationCounters
{
    public static readonly GcAllocationCounters Instance = new();

    private GcAllocationCounters()
    {
    }

    public long CurrentThread() => GC.GetAllocatedBytesForCurrentThread();

    public long Process() => GC.GetTotalAllocatedBytes(precise: true);
}
