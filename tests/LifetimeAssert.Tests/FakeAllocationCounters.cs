namespace LifetimeAssert.Tests;

/// <summary>
/// Allocation counters that read what the runtime's read, except where a test makes them give the readings the runtime
/// has been seen to give: 0 (dotnet/runtime#118826), or the same value as the reading before (a counter that stopped).
/// </summary>
internal sealed class FakeAllocationCounters(Func<int, bool> zeroOnRead, bool stuck = false) : IAllocationCounters
{
    private int _reads;
    private long _last;

    /// <summary>Every reading is 0.</summary>
    public static FakeAllocationCounters AlwaysZero() => new(_ => true);

    /// <summary>Every reading is the runtime's.</summary>
    public static FakeAllocationCounters Runtime() => new(_ => false);

    /// <summary>The counter never moves after its first reading.</summary>
    public static FakeAllocationCounters Stuck() => new(_ => false, stuck: true);

    /// <summary>How many times a counter was read.</summary>
    public int Reads => _reads;

    public long CurrentThread() => Read(GC.GetAllocatedBytesForCurrentThread());

    public long Process() => Read(GC.GetTotalAllocatedBytes(precise: true));

    private long Read(long real)
    {
        var read = _reads++;
        if (stuck)
        {
            return read == 0 ? _last = real : _last;
        }

        return zeroOnRead(read) ? 0 : real;
    }
}
