using LifetimeAssert.Configuration;

namespace LifetimeAssert;

/// <summary>
/// What every check attribute sets (<see cref="LeakCheckAttribute"/>, <see cref="AllocationCheckAttribute"/>): on a test
/// method it checks that test; on a class, all its tests; on the assembly it only sets defaults for the tests that are
/// checked. A setting left unset takes the next outer level's value.
/// </summary>
public abstract class CheckAttribute : Attribute
{
    private int? _iterations;
    private int? _warmup;
    private bool? _runAlone;
    private int? _timeBudgetSeconds;

    /// <summary>Creates the attribute; each framework's adapter derives its own.</summary>
    protected CheckAttribute()
    {
    }

    /// <summary>Measured runs after the warm-up (default 12).</summary>
    public int Iterations
    {
        get => _iterations ?? OptionRules.DefaultIterations;
        set => _iterations = value;
    }

    /// <summary>Unmeasured runs before the measured ones (default 3).</summary>
    public int Warmup
    {
        get => _warmup ?? OptionRules.DefaultWarmup;
        set => _warmup = value;
    }

    /// <summary>
    /// True (the default): the adapter runs the test alone, after the tests that run in parallel, so objects created
    /// outside the test's async flow (server request pipelines, hosted services, timer callbacks) count for it and
    /// process-wide figures are its own. False: the test runs in parallel as usual.
    /// </summary>
    public bool RunAlone
    {
        get => _runAlone ?? true;
        set => _runAlone = value;
    }

    /// <summary>
    /// The most time the check's runs and samples may take, in seconds, from 1 to 86400 (default 600: 10 minutes). When it
    /// is spent, or when the samples still planned would overrun it at the pace measured so far, the check stops and the
    /// test fails as inconclusive, with a message that names the budget.
    /// </summary>
    public int TimeBudgetSeconds
    {
        get => _timeBudgetSeconds ?? OptionRules.DefaultTimeBudgetSeconds;
        set => _timeBudgetSeconds = value;
    }

    /// <summary>The <see cref="RunAlone"/> value this attribute sets explicitly, or null when it leaves it to an outer level.</summary>
    internal bool? RunAloneSetting => _runAlone;

    /// <summary>Applies the shared settings this attribute sets explicitly; unset ones keep the outer level's value.</summary>
    private protected void ApplyShared<TBuilder, TOptions>(CheckOptionsBuilder<TBuilder, TOptions> builder)
        where TBuilder : CheckOptionsBuilder<TBuilder, TOptions>
        where TOptions : CheckOptions
    {
        if (_iterations is { } iterations)
        {
            builder.Iterations(iterations);
        }

        if (_warmup is { } warmup)
        {
            builder.Warmup(warmup);
        }

        if (_timeBudgetSeconds is { } seconds)
        {
            builder.TimeBudget(TimeSpan.FromSeconds(seconds));
        }
    }
}
