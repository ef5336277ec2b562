using LifetimeAssert.Configuration;

namespace LifetimeAssert;

/// <summary>
/// What every kind of check is set with (<see cref="LeakOptions"/>, <see cref="AllocationOptions"/>): a name for the
/// report, the runs it measures, the runs before them, whether it runs alone, and the time it may take. Validated and immutable.
/// </summary>
public abstract class CheckOptions
{
    /// <summary>The time a check may take when none is given, in seconds (10 minutes).</summary>
    public const int DefaultTimeBudgetSeconds = OptionRules.DefaultTimeBudgetSeconds;

    private protected CheckOptions(string? name, int iterations, int warmup, bool runsAlone, TimeSpan timeBudget)
    {
        Name = name;
        Iterations = iterations;
        Warmup = warmup;
        RunsAlone = runsAlone;
        TimeBudget = timeBudget;
    }

    /// <summary>What the report calls the checked code path, for example <c>OrderRepository.FindById</c>.</summary>
    public string? Name { get; }

    /// <summary>Measured runs after the warm-up. A leak check may add a bounded number of runs (see docs/options.md and docs/bounds.md).</summary>
    public int Iterations { get; }

    /// <summary>Unmeasured runs before the measured ones, so first-use caches and JIT work are not counted.</summary>
    public int Warmup { get; }

    /// <summary>
    /// True when nothing else runs in the process during the check (the adapter scheduled it alone, or the caller says
    /// so): objects registered outside the check's async flow count for it, and process-wide figures are its own.
    /// </summary>
    public bool RunsAlone { get; }

    /// <summary>
    /// The most time the check's runs and samples may take, from 1 s to 24 h (default <see cref="DefaultTimeBudgetSeconds"/>).
    /// When it is spent, or when the samples still planned would overrun it at the pace measured so far, the check stops
    /// and its verdict is inconclusive, which fails, with a message that names the budget and how to raise it.
    /// </summary>
    public TimeSpan TimeBudget { get; }
}
