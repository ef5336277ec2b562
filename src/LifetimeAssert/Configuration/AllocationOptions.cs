using LifetimeAssert.Configuration;

namespace LifetimeAssert;

/// <summary>
/// The validated, immutable settings of one allocation check. Build one with <see cref="AllocationOptionsBuilder"/> or
/// through the <c>configure</c> callback of <see cref="Leak.CheckAllocationsAsync(Func{Task}, Action{AllocationOptionsBuilder}, CancellationToken)"/>.
/// </summary>
public sealed class AllocationOptions : CheckOptions
{
    /// <summary>Measured runs when none is given.</summary>
    public const int DefaultIterations = OptionRules.DefaultIterations;

    /// <summary>Unmeasured runs before the first measured one, so first-use caches and JIT work are not counted.</summary>
    public const int DefaultWarmup = OptionRules.DefaultWarmup;

    internal AllocationOptions(string? name, int iterations, int warmup, bool runsAlone, TimeSpan timeBudget, long maxBytesPerRun, bool countAllThreads)
        : base(name, iterations, warmup, runsAlone, timeBudget)
    {
        MaxBytesPerRun = maxBytesPerRun;
        CountAllThreads = countAllThreads;
    }

    /// <summary>The budget: the median of the bytes allocated per measured run must be at most this.</summary>
    public long MaxBytesPerRun { get; }

    /// <summary>True when every thread's allocations are counted, even for runs that completed on the calling thread.</summary>
    public bool CountAllThreads { get; }
}
