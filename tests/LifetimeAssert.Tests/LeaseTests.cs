using System.Runtime.CompilerServices;

namespace LifetimeAssert.Tests;

/// <summary>
/// <see cref="LifetimeTracker.TrackLease{T}(T)"/>: an object reused after its release (a pooled object) counts from
/// acquisition to release, and not while it rests alive; a lease never released counts, alive or collected.
/// </summary>
public sealed class LeaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly Stack<PooledThing> _pool = new();

    [Fact]
    public async Task An_object_leased_and_released_each_run_passes_although_it_lives_on()
    {
        var report = await Leak.CheckAsync(RentAndReturn, o => o.Track<PooledThing>(), Ct);

        Assert.True(report.Verdict == LeakVerdict.Passed, report.ToString());
        Assert.DoesNotContain("checks nothing", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lease_never_released_is_reported_after_its_object_was_collected()
    {
        var report = await Leak.CheckAsync(RentAndDrop, o => o.Track<PooledThing>(), Ct);

        Assert.True(report.Verdict == LeakVerdict.Leaking, report.ToString());
        Assert.Equal("LeaseTests.PooledThing", Assert.Single(report.Leaks).Name);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RentAndReturn()
    {
        var thing = _pool.Count > 0 ? _pool.Pop() : new PooledThing();
        var lease = LifetimeTracker.TrackLease(thing);
        lease.MarkDisposed();
        _pool.Push(thing);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RentAndDrop()
    {
        var thing = _pool.Count > 0 ? _pool.Pop() : new PooledThing();
        LifetimeTracker.TrackLease(thing);
    }

    private sealed class PooledThing;
}
