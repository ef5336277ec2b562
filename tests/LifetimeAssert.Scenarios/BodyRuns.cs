namespace LifetimeAssert.Scenarios;

/// <summary>
/// Lets a scenario body say that it ran, to the test process that started the scenario run: one line per run, appended
/// to a file named after the scenario in the folder the runner names in <see cref="FolderVariable"/>
/// (LifetimeAssert.Testing.Runner's <c>ScenarioBodyRuns</c> creates, reads and removes it). Outside such a run it does
/// nothing.
/// </summary>
public static class BodyRuns
{
    /// <summary>The environment variable that names the folder; the same name as <c>ScenarioBodyRuns.Variable</c>.</summary>
    public const string FolderVariable = "LIFETIMEASSERT_SCENARIO_BODY_RUNS";

    /// <summary>Records one run of <paramref name="scenario"/>'s body.</summary>
    /// <param name="scenario">The scenario's unique name (its method's).</param>
    public static void Record(string scenario)
    {
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder)
        {
            File.AppendAllText(Path.Combine(folder, scenario), "ran" + Environment.NewLine);
        }
    }
}
