namespace LifetimeAssert.Configuration;

/// <summary>Checks the settings only an allocation check has; the shared ones are checked by its builder's base.</summary>
internal static class AllocationOptionsValidator
{
    public static List<string> Validate(long? maxBytesPerRun)
    {
        var errors = new List<string>();
        if (maxBytesPerRun is not { } budget)
        {
            errors.Add("MaxBytesPerRun is not set; set the budget in bytes per run, for example MaxBytesPerRun = 4096.");
        }
        else if (OptionRules.MaxBytesPerRunProblem(budget) is { } problem)
        {
            errors.Add(problem);
        }

        return errors;
    }
}
