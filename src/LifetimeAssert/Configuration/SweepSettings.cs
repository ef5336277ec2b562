namespace LifetimeAssert.Configuration;

/// <summary>
/// How one test assembly is swept: the level (the run's command-line option, else <c>LIFETIMEASSERT_SWEEP</c>, else the
/// attribute's), where the level came from, the types that must be collected, and the baseline of known leaks.
/// </summary>
/// <param name="Level">What every test is checked for.</param>
/// <param name="LevelSource">Where the level came from, for the banner.</param>
/// <param name="Collect">The types whose tracked instances must be collected after each test (collect level).</param>
/// <param name="BaselinePath">The baseline file: read when it exists, written when <paramref name="UpdateBaseline"/>.</param>
/// <param name="UpdateBaseline">True when the run writes the baseline from the leaks it finds.</param>
internal sealed record SweepSettings(SweepLevel Level, string LevelSource, IReadOnlyList<Type> Collect, string BaselinePath, bool UpdateBaseline)
{
    public const string LevelVariable = "LIFETIMEASSERT_SWEEP";

    public const string BaselineVariable = "LIFETIMEASSERT_SWEEP_BASELINE";

    /// <summary>Names the baseline file for a run, instead of the one the build recorded.</summary>
    public const string BaselineFileVariable = "LIFETIMEASSERT_SWEEP_BASELINE_FILE";

    public const string BaselineFileName = "lifetimeassert.baseline.json";

    /// <summary>The assembly metadata key under which the package's build files record the baseline file's path.</summary>
    public const string BaselineMetadata = "LifetimeAssertSweepBaseline";

    /// <summary>The level the run's command line set (Microsoft.Testing.Platform's <c>--leak-sweep</c>), or null.</summary>
    public static SweepLevel? CommandLineLevel { get; set; }

    /// <summary>The settings, from the attribute's and the run's.</summary>
    /// <exception cref="LeakConfigurationException">The environment names no level or baseline mode; every problem is listed.</exception>
    public static SweepSettings Resolve(SweepLevel attributeLevel, IReadOnlyList<Type> collect, string? baselinePath, Func<string, string?> environment)
    {
        var errors = new List<string>();
        var (level, source) = (attributeLevel, "[assembly: LeakSweep]");
        if (environment(LevelVariable) is { Length: > 0 } fromEnvironment)
        {
            if (ParseLevel(fromEnvironment) is { } parsed)
            {
                (level, source) = (parsed, $"{LevelVariable}={fromEnvironment.Trim()}");
            }
            else
            {
                errors.Add($"{LevelVariable} is \"{fromEnvironment}\"; use off, dispose or collect.");
            }
        }

        if (CommandLineLevel is { } fromCommandLine)
        {
            (level, source) = (fromCommandLine, $"--leak-sweep {fromCommandLine.ToString().ToLowerInvariant()}");
        }

        var update = false;
        if (environment(BaselineVariable) is { Length: > 0 } baseline)
        {
            update = string.Equals(baseline.Trim(), "update", StringComparison.OrdinalIgnoreCase);
            if (!update)
            {
                errors.Add($"{BaselineVariable} is \"{baseline}\"; set it to update to write the baseline of this run's leaks, or leave it unset.");
            }
        }

        if (collect.Any(t => t is null || t.IsValueType))
        {
            errors.Add("LeakSweep's Collect lists a null or a value type; list the reference types whose instances must be collected after each test.");
        }

        if (errors.Count > 0)
        {
            throw new LeakConfigurationException(errors, "sweep");
        }

        var path = environment(BaselineFileVariable) is { Length: > 0 } file ? Path.GetFullPath(file) : baselinePath ?? Path.Combine(AppContext.BaseDirectory, BaselineFileName);
        return new SweepSettings(level, source, collect, path, update);
    }

    /// <summary>A level as a user writes it (off, dispose, collect; any case), or null.</summary>
    public static SweepLevel? ParseLevel(string text) => text.Trim().ToLowerInvariant() switch
    {
        "off" => SweepLevel.Off,
        "dispose" => SweepLevel.Dispose,
        "collect" => SweepLevel.Collect,
        _ => null,
    };
}
