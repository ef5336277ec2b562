namespace LifetimeAssert.Xunit.Wiring.Tests;

/// <summary>The results of every test of one fixture.</summary>
public sealed class FixtureResults(WiringMode mode, IReadOnlyList<TestResult> results)
{
    public WiringMode Mode { get; } = mode;

    /// <summary>The one result of <paramref name="method"/> in <paramref name="testClass"/> (the class name without its namespace).</summary>
    public TestResult Single(string testClass, string method)
    {
        var matches = results.Where(r => r.Type.EndsWith("." + testClass, StringComparison.Ordinal) && r.Method == method).ToList();
        Assert.True(
            matches.Count == 1,
            $"{Mode}: expected one result of {testClass}.{method}, found {matches.Count} among:\n{string.Join('\n', results)}");
        return matches[0];
    }
}
