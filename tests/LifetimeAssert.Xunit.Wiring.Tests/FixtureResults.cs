namespace LifetimeAssert.Xunit.Wiring.Tests;

/// <summary>The results of every test of one xUnit fixture.</summary>
public sealed class FixtureResults(WiringMode mode, IReadOnlyList<ScenarioResult> results)
{
    public WiringMode Mode { get; } = mode;

    /// <summary>The one result of <paramref name="method"/> in <paramref name="testClass"/> (the class name without its namespace).</summary>
    public ScenarioResult Single(string testClass, string method)
    {
        var matches = results.Where(r => r.Name.EndsWith($".{testClass}.{method}", StringComparison.Ordinal)).ToList();
        Assert.True(
            matches.Count == 1,
            $"{Mode}: expected one result of {testClass}.{method}, found {matches.Count} among:\n{string.Join('\n', results.Select(r => r.Name))}");
        return matches[0];
    }
}

/// <summary>What one MSTest fixture's build printed, and its run through the MSTest runner.</summary>
public sealed class MSTestFixtureResults(MSTestWiringMode mode, string buildOutput, MSTestRunResults run)
{
    public MSTestWiringMode Mode { get; } = mode;

    /// <summary>Everything the fixture's build printed (warnings included: the fixtures' build is always a full one).</summary>
    public string BuildOutput { get; } = buildOutput;

    public MSTestRunResults Run { get; } = run;

    /// <summary>The one result of <paramref name="method"/> in <paramref name="testClass"/> (the class name without its namespace).</summary>
    public MSTestResult Single(string testClass, string method)
    {
        var matches = Run.Tests.Where(r => r.Name == method && r.ClassName.EndsWith("." + testClass, StringComparison.Ordinal)).ToList();
        Assert.True(
            matches.Count == 1,
            $"MSTest {Mode}: expected one result of {testClass}.{method}, found {matches.Count} (exit {Run.ExitCode}):\n{Run.Console}");
        return matches[0];
    }
}
