namespace LifetimeAssert;

/// <summary>
/// What every kind of check is set with (<see cref="LeakOptions"/>, <see cref="AllocationOptions"/>): a name for the
/// report, the runs it measures, the runs before them, and whether it runs alone. Validated and immutable.
/// </summary>
public abstract class CheckOptions
{
    private protected CheckOptions(string? name, int iterations, int warmup, bool runsAlone)
    {
        Name = name;
        Iterations = iterations;
        Warmup = warmup;
        RunsAlone = runsAlone;
    }

    /// <summary>What the report calls the checked code path, for example <c>OrderRepository.FindById</c>.</summary>
    public string? Name { get; }

    /// <summary>Measured runs after the warm-up. A leak check may add a bounded number of runs (see the README).</summary>
    public int Iterations { get; }

    /// <summary>Unmeasured runs before the measured ones, so first-use caches and JIT work are not counted.</summary>
    public int Warmup { get; }

    /// <summary>
    /// True when nothing else runs in the process during the check (the adapter scheduled it alone, or the caller says
    /// so): objects registered outside the check's async flow count for it, and process-wide figures are its own.
    /// </summary>
    public bool RunsAlone { get; }
}
