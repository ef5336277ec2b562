using System.Runtime.CompilerServices;

namespace LifetimeAssert.HeapCensus.Tests;

/// <summary>
/// The verdicts that need more than one window, under a census as they are under Track: slow leaks re-sampled and
/// confirmed, a bounded cache that fills during the check, a heap that never settles; and the heap walks a clean
/// census check takes.
/// </summary>
[Collection(CensusCollection.Name)]
public sealed class CensusVerdictTests : IDisposable
{
    private const int ResampledIterations = 12;
    private const int CacheCapacity = 10;

    private static readonly List<Item> Kept = [];
    private static readonly List<Spark> Sparks = [];
    private static volatile bool _phoenixStopped;
    private static int _calls;

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public async Task One_object_kept_every_few_runs_leaks_after_resampling(int period)
    {
        var report = await Checks.RunAsync(() => KeepEvery(period), o => o.Iterations(ResampledIterations).Census(typeof(Item).FullName!));

        var text = Checks.AssertLeaking(report, typeof(Item).FullName!);
        Assert.Contains("re-sampled", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cache_bounded_at_ten_that_fills_during_the_check_passes()
    {
        var report = await Checks.RunAsync(FillBoundedCache, o => o.Iterations(ResampledIterations).Census(typeof(Item).FullName!));

        Checks.AssertPassed(report);
    }

    [Fact]
    public async Task Finalizers_that_keep_creating_counted_objects_make_the_check_inconclusive()
    {
        _phoenixStopped = false;
        var report = await Checks.RunAsync(Phoenix.Spawn, o => o.Census(typeof(Spark).FullName!));

        Assert.True(report.Verdict == LeakVerdict.Inconclusive, report.ToString());
        Assert.Contains("kept changing", report.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(12)]
    public async Task A_clean_census_check_walks_the_heap_once_per_sample(int iterations)
    {
        var before = HeapSnapshotter.Walks;
        var report = await Checks.RunAsync(() => GC.KeepAlive(new Item()), o => o.Census(typeof(Item).FullName!).Iterations(iterations));

        Checks.AssertPassed(report);

        // R samples of 2 runs after the baseline: at most R + 2 walks, and the report counts each one.
        Assert.InRange(report.HeapWalks, report.Samples + 1, report.Samples + 2);
        Assert.Equal(HeapSnapshotter.Walks - before, report.HeapWalks);
        Assert.Contains($"{report.HeapWalks} heap walks)", report.ToString().Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(12)]
    public async Task A_leaking_census_check_walks_the_heap_at_most_2R_plus_2_times_and_names_the_holder(int iterations)
    {
        var before = HeapSnapshotter.Walks;
        var report = await Checks.RunAsync(() => Kept.Add(new Item()), o => o.Census(typeof(Item).FullName!).Iterations(iterations));

        var text = Checks.AssertLeaking(report, typeof(Item).FullName!);

        // The window is extended by ceil(2R/3) samples 3 times further apart, the confirmation walks twice, and the
        // retention path is searched in the confirmation's last walk, not a new one.
        Assert.True(report.HeapWalks <= (2 * report.Samples) + 2, text);
        Assert.Equal(HeapSnapshotter.Walks - before, report.HeapWalks);
        Checks.AssertHeldBy(text, "static CensusVerdictTests.Kept (List<CensusVerdictTests.Item>)", atStart: true);
    }

    public void Dispose()
    {
        _phoenixStopped = true;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        lock (Sparks)
        {
            Sparks.Clear();
        }

        Kept.Clear();
        _calls = 0;
    }

    private static void KeepEvery(int period)
    {
        var item = new Item();
        if (++_calls % period == 0)
        {
            Kept.Add(item);
        }
    }

    private static void FillBoundedCache()
    {
        if (Kept.Count < CacheCapacity)
        {
            Kept.Add(new Item());
        }
    }

    private sealed class Item;

    private sealed class Spark;

    /// <summary>Its finalizer keeps a new counted object and spawns the next phoenix, until the test ends.</summary>
    private sealed class Phoenix
    {
        ~Phoenix()
        {
            if (_phoenixStopped)
            {
                return;
            }

            lock (Sparks)
            {
                Sparks.Add(new Spark());
            }

            Spawn();
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void Spawn() => _ = new Phoenix();
    }
}
