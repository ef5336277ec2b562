using LifetimeAssert.Configuration;
using LifetimeAssert.Services;

namespace LifetimeAssert;

/// <summary>
/// What every options builder of a check collects (<see cref="LeakOptionsBuilder"/>, <see cref="AllocationOptionsBuilder"/>);
/// <see cref="Build()"/> validates every setting at once and freezes them. Every method returns the builder, so calls chain.
/// </summary>
/// <typeparam name="TBuilder">The builder itself, so chained calls keep its own methods.</typeparam>
/// <typeparam name="TOptions">The options it builds.</typeparam>
public abstract class CheckOptionsBuilder<TBuilder, TOptions>
    where TBuilder : CheckOptionsBuilder<TBuilder, TOptions>
    where TOptions : CheckOptions
{
    private readonly List<string> _errors = [];

    private protected CheckOptionsBuilder()
    {
    }

    private string? _name;
    private int _iterations = OptionRules.DefaultIterations;
    private int _warmup = OptionRules.DefaultWarmup;
    private bool _runsAlone;
    private TimeSpan _timeBudget = TimeSpan.FromSeconds(OptionRules.DefaultTimeBudgetSeconds);

    private protected string? NameSetting => _name;

    private protected int IterationsSetting => _iterations;

    private protected int WarmupSetting => _warmup;

    private protected bool RunsAloneSetting => _runsAlone;

    private protected TimeSpan TimeBudgetSetting => _timeBudget;

    /// <summary>What the configuration exception calls this kind of check, such as "leak check".</summary>
    private protected abstract string Kind { get; }

    /// <summary>Names the checked code path in the report.</summary>
    /// <param name="name">For example <c>OrderRepository.FindById</c>.</param>
    /// <returns>The builder.</returns>
    public TBuilder Name(string name) => Set(ref _name, string.IsNullOrWhiteSpace(name) ? null : name);

    /// <summary>Sets the number of measured runs after the warm-up (default 12).</summary>
    /// <param name="count">From 1 to 100000 (for a leak check, a multiple of the sampling interval).</param>
    /// <returns>The builder.</returns>
    public TBuilder Iterations(int count) => Set(ref _iterations, count);

    /// <summary>Sets the number of unmeasured runs before the measured ones (default 3).</summary>
    /// <param name="count">From 0 to 10000.</param>
    /// <returns>The builder.</returns>
    public TBuilder Warmup(int count) => Set(ref _warmup, count);

    /// <summary>
    /// Declares that nothing else runs in the process during the check, so objects registered outside its async flow
    /// (server request pipelines, hosted services, timer callbacks) count for it and process-wide figures are its own.
    /// </summary>
    /// <param name="runsAlone">True when no other test runs at the same time.</param>
    /// <returns>The builder.</returns>
    public TBuilder RunsAlone(bool runsAlone = true) => Set(ref _runsAlone, runsAlone);

    /// <summary>
    /// Sets the most time the check's runs and samples may take (default 10 minutes). When it is spent, or when the
    /// samples still planned would overrun it at the pace measured so far, the check stops and is inconclusive (it fails).
    /// </summary>
    /// <param name="budget">From 1 second to 24 hours.</param>
    /// <returns>The builder.</returns>
    public TBuilder TimeBudget(TimeSpan budget) => Set(ref _timeBudget, budget);

    /// <summary>Validates every setting and returns the frozen options.</summary>
    /// <returns>The options.</returns>
    /// <exception cref="LeakConfigurationException">One or more settings are invalid; the message lists them all.</exception>
    public TOptions Build() => Build(EngineServices.Resolve());

    /// <summary>Validates against the engine services the check will run with, and freezes the options.</summary>
    internal TOptions Build(EngineServices services)
    {
        var errors = new List<string>(_errors);
        AddIf(errors, OptionRules.IterationsProblem(IterationsSetting));
        AddIf(errors, OptionRules.WarmupProblem(WarmupSetting));
        AddIf(errors, OptionRules.TimeBudgetProblem(TimeBudgetSetting));
        Validate(errors, services);
        if (errors.Count > 0)
        {
            throw new LeakConfigurationException(errors, Kind);
        }

        return Create();
    }

    /// <summary>Records a problem found while gathering settings (an attribute's member), reported by <see cref="Build()"/>.</summary>
    internal TBuilder AddError(string error)
    {
        _errors.Add(error);
        return Self;
    }

    /// <summary>Sets one setting and returns the builder, so calls chain.</summary>
    private protected TBuilder Set<T>(ref T setting, T value)
    {
        setting = value;
        return Self;
    }

    /// <summary>Adds one item to a setting that adds up, and returns the builder.</summary>
    private protected TBuilder Add<T>(List<T> setting, T item)
    {
        setting.Add(item);
        return Self;
    }

    /// <summary>Adds the problems of the settings only this kind of check has.</summary>
    private protected abstract void Validate(List<string> errors, EngineServices services);

    /// <summary>Freezes the validated settings.</summary>
    private protected abstract TOptions Create();

    private TBuilder Self => (TBuilder)this;

    private static void AddIf(List<string> errors, string? problem)
    {
        if (problem is not null)
        {
            errors.Add(problem);
        }
    }
}
