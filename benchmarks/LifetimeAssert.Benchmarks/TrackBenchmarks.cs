using BenchmarkDotNet.Attributes;

namespace LifetimeAssert.Benchmarks;

/// <summary>The cost of LifetimeTracker.Track per object, inside a check and outside one.</summary>
[MemoryDiagnoser]
public class TrackBenchmarks
{
    private const int Objects = 20_000;
    private readonly object[] _objects = Enumerable.Range(0, Objects).Select(_ => new object()).ToArray();
    private TrackingScope? _scope;

    [IterationSetup(Target = nameof(TrackInsideCheck))]
    public void EnterScope()
    {
        _scope = new TrackingScope(runsAlone: false);
        _scope.Enter();
    }

    [IterationCleanup(Target = nameof(TrackInsideCheck))]
    public void LeaveScope()
    {
        TrackingScope.Restore(null);
        _scope?.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Objects)]
    public void TrackInsideCheck()
    {
        foreach (var o in _objects)
        {
            LifetimeTracker.Track(o);
        }
    }

    [Benchmark(OperationsPerInvoke = Objects, Baseline = true)]
    public void TrackOutsideCheck()
    {
        foreach (var o in _objects)
        {
            LifetimeTracker.Track(o);
        }
    }
}
