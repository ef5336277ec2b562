using System.Diagnostics;

namespace LifetimeAssert.Testing.Runner;

/// <summary>
/// The folder in which the bodies of one scenario run record that they ran (LifetimeAssert.Scenarios' <c>BodyRuns</c>,
/// a file per scenario, a line per run): created for the run, named to the scenario process in <see cref="Variable"/>,
/// read once the process has exited, then removed.
/// </summary>
public sealed class ScenarioBodyRuns
{
    /// <summary>The environment variable the scenario process reads; the same name as <c>BodyRuns.FolderVariable</c>.</summary>
    public const string Variable = "LIFETIMEASSERT_SCENARIO_BODY_RUNS";

    private readonly string _folder;

    /// <summary>A folder of its own in the temporary folder.</summary>
    public ScenarioBodyRuns()
        : this(Path.Combine(Path.GetTempPath(), $"lifetimeassert-bodyruns-{Guid.NewGuid():N}"))
    {
    }

    /// <summary>The folder <paramref name="folder"/>, for a run that removes its own folder of results around it.</summary>
    /// <param name="folder">A folder that does not exist yet.</param>
    public ScenarioBodyRuns(string folder) => _folder = folder;

    /// <summary>Creates the folder and names it to the process <paramref name="start"/> will start.</summary>
    /// <param name="start">The scenario process's start information.</param>
    public void AddTo(ProcessStartInfo start)
    {
        ArgumentNullException.ThrowIfNull(start);
        Directory.CreateDirectory(_folder);
        start.Environment[Variable] = _folder;
    }

    /// <summary>Reads how many times each scenario's body ran, then removes the folder.</summary>
    /// <returns>Runs per scenario name; a scenario whose body never ran is absent.</returns>
    public IReadOnlyDictionary<string, int> ReadAndRemove()
    {
        try
        {
            return Directory.Exists(_folder)
                ? Directory.GetFiles(_folder).ToDictionary(f => Path.GetFileName(f), f => File.ReadAllLines(f).Length, StringComparer.Ordinal)
                : new Dictionary<string, int>(StringComparer.Ordinal);
        }
        finally
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
    }
}
