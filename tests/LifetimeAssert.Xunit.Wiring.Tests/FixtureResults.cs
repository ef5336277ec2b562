namespace LifetimeAssert.Xunit.Wiring.Tests;

/// <summary>The results of every test of one fixture.</summary>
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
