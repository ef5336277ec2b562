namespace LifetimeAssert;

/// <summary>
/// The validated, immutable settings of one leak check. Build one with <see cref="LeakOptionsBuilder"/>
/// or through the <c>configure</c> callback of <see cref="Leak.CheckAsync(Func{Task}, Action{LeakOptionsBuilder}?, CancellationToken)"/>.
/// </summary>
public sealed class LeakOptions
{
    /// <summary>Measured runs when none is given: 6 samples of 2 runs.</summary>
    public const int DefaultIterations = 12;

    /// <summary>Unmeasured runs before the first sample, so first-use caches are not blamed.</summary>
    public const int DefaultWarmup = 3;

    /// <summary>Runs between two samples when none is given.</summary>
    public const int DefaultSampleEvery = 2;

    internal LeakOptions(
        string? name,
        int iterations,
        int warmup,
        int sampleEvery,
        long allowedGrowth,
        bool strict,
        ProcessProbes judge,
        IReadOnlyList<Type> trackedTypes,
        IReadOnlyList<string> censusTypeNames,
        IReadOnlyList<Probe> probes)
    {
        Name = name;
        Iterations = iterations;
        Warmup = warmup;
        SampleEvery = sampleEvery;
        AllowedGrowth = allowedGrowth;
        Strict = strict;
        Judge = judge;
        TrackedTypes = trackedTypes;
        CensusTypeNames = censusTypeNames;
        Probes = probes;
    }

    /// <summary>What the report calls the checked code path, for example <c>OrderRepository.FindById</c>.</summary>
    public string? Name { get; }

    /// <summary>Measured runs after the warm-up. The engine may add a bounded number of runs (see the README).</summary>
    public int Iterations { get; }

    /// <summary>Runs before the baseline sample; their growth is ignored.</summary>
    public int Warmup { get; }

    /// <summary>Runs between two samples (k).</summary>
    public int SampleEvery { get; }

    /// <summary>Samples in the judged window (R = <see cref="Iterations"/> / <see cref="SampleEvery"/>).</summary>
    public int Samples => Iterations / SampleEvery;

    /// <summary>How many instances a probe may gain over the judged window without being called a leak.</summary>
    public long AllowedGrowth { get; }

    /// <summary>When true, a tracked type that never appeared fails the check instead of adding a warning.</summary>
    public bool Strict { get; }

    /// <summary>Process-wide probes whose growth fails the check; the others are only reported.</summary>
    public ProcessProbes Judge { get; }

    /// <summary>Types whose live registered instances are counted (see <see cref="LifetimeTracker"/>).</summary>
    public IReadOnlyList<Type> TrackedTypes { get; }

    /// <summary>Type names counted by the heap census (package LifetimeAssert.HeapCensus).</summary>
    public IReadOnlyList<string> CensusTypeNames { get; }

    /// <summary>Additional judged probes, such as <see cref="Probe.Counter(string, Func{long})"/>.</summary>
    public IReadOnlyList<Probe> Probes { get; }
}
