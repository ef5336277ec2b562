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

                // Each run its own results folder: runs of the same assembly overlap, and would share their files.
                ["LIFETIMEASSERT_RESULTS"] = ResultsFolder(arguments, environment),
            });

    /// <summary>The results folder of the run with these arguments and variables: the same run, the same folder.</summary>
    public static string ResultsFolder(string[]? arguments, (string Name, string? Value)[] environment) =>
        Path.Combine(
            Path.GetTempPath(),
            "lifetimeassert-sweep-runs",
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
                string.Join("\n", [.. arguments ?? [], .. environment.Select(e => e.Name + "=" + e.Value)]))))[..16]);

    public static XunitScenarioRun AtLevel(string level) => Run(null, ("LIFETIMEASSERT_SWEEP", level));
}
