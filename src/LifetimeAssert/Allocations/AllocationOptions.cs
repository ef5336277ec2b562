namespace LifetimeAssert;

/// <summary>
/// The validated, immutable settings of one allocation check. Build one with <see cref="AllocationOptionsBuilder"/> or
/// through the <c>configure</c> callback of <see cref="Leak.CheckAllocationsAsync(Func{Task}, Action{AllocationOptionsBuilder}, CancellationToken)"/>.
/// </summary>
public sealed class AllocationOptions
{
    /// <summary>Measured runs when none is given.</summary>
    public const int DefaultIterations = 12;

    /// <summary>Unmeasured runs before the first measured one, so first-use caches and JIT work are not counted.</summary>
    public const int DefaultWarmup = 3;

    internal AllocationOptions(string? name, long maxBytesPerRun, int iterations, int warmup, bool runsAlone, bool countAllThreads)
    {
        CountAllThreads = countAllThreads;
        Name = name;
        MaxBytesPerRun = maxBytesPerRun;
        Iterations = iterations;
        Warmup = warmup;
        RunsAlone = runsAlone;
    }

    /// <summary>What the report calls the checked code path, for example <c>OrderParser.Parse</c>.</summary>
    public string? Name { get; }

    /// <summary>The budget: the median of the bytes allocated per measured run must be at most this.</summary>
    public long MaxBytesPerRun { get; }

    /// <summary>Measured runs after the warm-up; each is measured on its own.</summary>
    public int Iterations { get; }

    /// <summary>Unmeasured runs before the measured ones.</summary>
    public int Warmup { get; }

    /// <summary>True when every thread's allocations are counted, even for runs that completed on the calling thread.</summary>
    public bool CountAllThreads { get; }

    /// <summary>True when nothing else runs in the process during the check (matters for process-wide measurement).</summary>
    public bool RunsAlone { get; }
}
