namespace LifetimeAssert;

/// <summary>Checks every setting of an allocation check up front and collects all problems, each with what to change.</summary>
internal static class AllocationOptionsValidator
{
    internal const int MaximumIterations = 100_000;

    internal const int MaximumWarmup = 10_000;

    public static List<string> Validate(long? maxBytesPerRun, int iterations, int warmup)
    {
        var errors = new List<string>();
        if (maxBytesPerRun is not { } budget)
        {
            errors.Add("MaxBytesPerRun is not set; set the budget in bytes per run, for example MaxBytesPerRun = 4096.");
        }
        else if (budget <= 0)
        {
            errors.Add($"MaxBytesPerRun is {budget}; it must be 1 or more (bytes allocated per run).");
        }

        if (iterations <= 0 || iterations > MaximumIterations)
        {
            errors.Add($"Iterations is {iterations}; it must be between 1 and {MaximumIterations}.");
        }

        if (warmup < 0 || warmup > MaximumWarmup)
        {
            errors.Add($"Warmup is {warmup}; it must be between 0 and {MaximumWarmup}.");
        }

        return errors;
    }
}
