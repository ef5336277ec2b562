using LifetimeAssert.Testing.Runner;

namespace LifetimeAssert.MSTest.Tests;

/// <summary>
/// Runs the scenario assembly once, as its own Microsoft.Testing.Platform process with MSTest, and reads its TRX file.
/// </summary>
internal static class ScenarioRun
{
    /// <summary>The scenario assembly of this configuration, as its build recorded it.</summary>
    public static string AssemblyPath { get; } = ScenarioAssembly.PathRecordedIn(typeof(ScenarioRun).Assembly);

    private static readonly Lazy<MSTestRunResults> Results = new(() => MSTestRun.RunAsync(AssemblyPath).GetAwaiter().GetResult());

    public static int ExitCode => Results.Value.ExitCode;

    /// <summary>How many times each scenario body that records its runs ran (see <see cref="ScenarioBodyRuns"/>).</summary>
    public static IReadOnlyDictionary<string, int> BodyRuns => Results.Value.BodyRuns ?? new Dictionary<string, int>();

    public static MSTestResult Single(string name)
    {
        // A name is the test's own (a method, or a data row such as "Rows (2)") or "Class.Method".
        var matches = Results.Value.Tests.Where(r => r.Name == name || r.ClassName[(r.ClassName.LastIndexOf('.') + 1)..] + "." + r.Name == name).ToList();
        Assert.HasCount(1, matches, $"Expected one result named {name}.\n{Results.Value.Console}");
        return matches[0];
    }
}
