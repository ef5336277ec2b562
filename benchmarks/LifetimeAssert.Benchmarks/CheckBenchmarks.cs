using BenchmarkDotNet.Attributes;

namespace LifetimeAssert.Benchmarks;

/// <summary>A whole default check ([AssertNoLeak] defaults) of a trivial body at a ~20 MB heap.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private static int _calls;

    [GlobalSetup]
    public void Setup() => Heap.Retain(20);

    [Benchmark]
    public Task<LeakReport> DefaultCheckOfTrivialBody() =>
        Leak.CheckAsync(() => { _calls++; }, o => o.Track<TrackBenchmarks>());
}
