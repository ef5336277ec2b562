namespace LifetimeAssert.Configuration;

/// <summary>
/// The defaults, bounds and texts of the options that both the runtime and the build-time analyzer (LA0004) check. This
/// one file is compiled into both assemblies (the analyzer links it), so a build error and a failing test say the same
/// thing and cannot drift apart. It therefore uses only what netstandard2.0 offers, and names namespaces in full (the runtime's implicit usings are not the analyzer's).
/// </summary>
internal static class OptionRules
{
    /// <summary>Measured runs when none is given: 6 samples of 2 runs.</summary>
    public const int DefaultIterations = 12;

    /// <summary>Unmeasured runs before the first sample (or measured run) when none is given.</summary>
    public const int DefaultWarmup = 3;

    /// <summary>Runs between two samples of a leak check when none is given.</summary>
    public const int DefaultSampleEvery = 2;

    /// <summary>Samples below this cannot tell steady growth from noise.</summary>
    public const int MinimumSamples = 3;

    /// <summary>The most measured runs a check takes.</summary>
    public const int MaximumIterations = 100_000;

    /// <summary>The most unmeasured runs a check takes before measuring.</summary>
    public const int MaximumWarmup = 10_000;

    /// <summary>The most instances a probe may gain over a judged window and still pass (a heap-bytes probe counts bytes).</summary>
    public const long MaximumAllowedGrowth = 1_000_000_000;

    /// <summary>The largest allocation budget, in bytes per run: 1 TB.</summary>
    public const long MaximumBytesPerRun = 1_000_000_000_000;

    /// <summary>The most entries a check takes in each of Track, Census and Probes (each is sampled at every settle).</summary>
    public const int MaximumEntries = 100;

    /// <summary>The time a check may take when none is given: 10 minutes.</summary>
    public const int DefaultTimeBudgetSeconds = 600;

    /// <summary>The shortest time budget a check takes.</summary>
    public const int MinimumTimeBudgetSeconds = 1;

    /// <summary>The longest time budget a check takes: 24 hours.</summary>
    public const int MaximumTimeBudgetSeconds = 86_400;

    /// <summary>Why <paramref name="iterations"/> is rejected, or null.</summary>
    public static string? IterationsProblem(int iterations) =>
        iterations <= 0 || iterations > MaximumIterations
            ? Invariant($"Iterations is {iterations}; it must be between 1 and {MaximumIterations}.")
            : null;

    /// <summary>Why <paramref name="warmup"/> is rejected, or null.</summary>
    public static string? WarmupProblem(int warmup) =>
        warmup < 0 || warmup > MaximumWarmup
            ? Invariant($"Warmup is {warmup}; it must be between 0 and {MaximumWarmup}.")
            : null;

    /// <summary>Why <paramref name="allowedGrowth"/> is rejected, or null.</summary>
    public static string? AllowedGrowthProblem(long allowedGrowth) =>
        allowedGrowth < 0 ? Invariant($"AllowedGrowth is {allowedGrowth}; it must be 0 or more.")
        : allowedGrowth > MaximumAllowedGrowth ? Invariant($"AllowedGrowth is {allowedGrowth}; it must be at most {MaximumAllowedGrowth}: an allowance larger than any growth checks nothing.")
        : null;

    /// <summary>Why <paramref name="maxBytesPerRun"/> (set) is rejected, or null.</summary>
    public static string? MaxBytesPerRunProblem(long maxBytesPerRun) =>
        maxBytesPerRun <= 0 ? Invariant($"MaxBytesPerRun is {maxBytesPerRun}; it must be 1 or more (bytes allocated per run).")
        : maxBytesPerRun > MaximumBytesPerRun ? Invariant($"MaxBytesPerRun is {maxBytesPerRun}; it must be at most {MaximumBytesPerRun} (1 TB per run).")
        : null;

    /// <summary>Why <paramref name="count"/> distinct entries of <paramref name="option"/> (Track, Census, Probes) are rejected, or null.</summary>
    public static string? EntriesProblem(string option, int count) =>
        count > MaximumEntries
            ? Invariant($"{option} has {count} entries; a check takes at most {MaximumEntries} (each is counted at every settle): split the test, or count a base type or a namespace (Census = [\"MyApp.*\"]).")
            : null;

    /// <summary>Why a time budget of <paramref name="budget"/> is rejected, or null.</summary>
    public static string? TimeBudgetProblem(System.TimeSpan budget) =>
        budget < System.TimeSpan.FromSeconds(MinimumTimeBudgetSeconds) || budget > System.TimeSpan.FromSeconds(MaximumTimeBudgetSeconds)
            ? Invariant($"TimeBudget (TimeBudgetSeconds on the attribute) is {budget.TotalSeconds} s; it must be between {MinimumTimeBudgetSeconds} s and {MaximumTimeBudgetSeconds} s (24 h).")
            : null;

    /// <summary>
    /// Why SampleEvery, or the pair of Iterations and SampleEvery, is rejected: SampleEvery must be 1 or more, and an
    /// Iterations within its bounds must be a multiple of it that gives at least <see cref="MinimumSamples"/> samples.
    /// </summary>
    public static System.Collections.Generic.List<SamplingProblem> SampleEveryProblems(int iterations, int sampleEvery)
    {
        var problems = new System.Collections.Generic.List<SamplingProblem>();
        if (sampleEvery <= 0)
        {
            problems.Add(new SamplingProblem(Invariant($"SampleEvery is {sampleEvery}; it must be 1 or more.")));
        }
        else if (IterationsProblem(iterations) is null)
        {
            AddSamplingProblem(iterations, sampleEvery, problems);
        }

        return problems;
    }

    private static void AddSamplingProblem(int iterations, int sampleEvery, System.Collections.Generic.List<SamplingProblem> problems)
    {
        // In long: a SampleEvery near int.MaxValue must give a true suggestion, not an overflowed one.
        long fewest = (long)MinimumSamples * sampleEvery;
        if (fewest > MaximumIterations)
        {
            problems.Add(new SamplingProblem(Invariant(
                $"SampleEvery is {sampleEvery}; it must be at most {MaximumIterations / MinimumSamples}, so that {MinimumSamples} samples fit within {MaximumIterations} iterations.")));
        }
        else if (iterations % sampleEvery != 0)
        {
            long lower = iterations / sampleEvery * (long)sampleEvery;
            long upper = lower + sampleEvery;
            var lowerOffered = lower >= fewest;
            var choices = lowerOffered ? Invariant($"{lower} or {upper}") : Invariant($"{upper}");
            problems.Add(new SamplingProblem(
                Invariant($"Iterations ({iterations}) must be a multiple of SampleEvery ({sampleEvery}): use {choices}."),
                upper <= MaximumIterations ? (int)upper : null,
                lowerOffered ? (int)lower : null));
        }
        else if (iterations / sampleEvery < MinimumSamples)
        {
            problems.Add(new SamplingProblem(Invariant(
                $"Iterations ({iterations}) with SampleEvery ({sampleEvery}) gives {iterations / sampleEvery} sample(s); at least {MinimumSamples} are needed: use Iterations = {fewest} or more.")));
        }
    }

    // Pinned to the invariant culture: a message never depends on the machine's settings.
    private static string Invariant(System.FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
