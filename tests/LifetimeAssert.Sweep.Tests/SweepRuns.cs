namespace LifetimeAssert.Sweep.Tests;

/// <summary>Runs of the xUnit sweep scenarios with a level, a seed or a baseline; each distinct run happens once.</summary>
internal static class SweepRuns
{
    public static string ScenarioPath => ScenarioAssembly.PathRecordedIn(typeof(SweepRuns).Assembly);

    public static XunitScenarioRun Default => Run();

    /// <summary>A run with the given variables (the sweep's level, baseline file, …) and leading runner arguments.</summary>
    public static XunitScenarioRun Run(string[]? arguments = null, params (string Name, string? Value)[] environment) =>
        XunitScenarioRun.For(
            ScenarioPath,
            arguments ?? [],
            new Dictionary<string, string?>(environment.Select(e => KeyValuePair.Create(e.Name, e.Value)))
            {
                // The level and baseline come from the run, never from the machine running the tests.
                ["LIFETIMEASSERT_SWEEP"] = environment.FirstOrDefault(e => e.Name == "LIFETIMEASSERT_SWEEP").Value,
                ["LIFETIMEASSERT_SWEEP_BASELINE"] = environment.FirstOrDefault(e => e.Name == "LIFETIMEASSERT_SWEEP_BASELINE").Value,
                ["GITHUB_STEP_SUMMARY"] = environment.FirstOrDefault(e => e.Name == "GITHUB_STEP_SUMMARY").Value,
            });

    public static XunitScenarioRun AtLevel(string level) => Run(null, ("LIFETIMEASSERT_SWEEP", level));
}
