namespace LifetimeAssert.Sweep.Tests;

/// <summary>What a scenario's result must be.</summary>
internal static class Expect
{
    public static void Passed(ScenarioResult result) =>
        Assert.True(result.Outcome == "Pass", $"{result.Name} should pass, but: {result.Outcome} {result.ExceptionType}\n{result.Message}\n{result.Output}");

    /// <summary>Failed by the sweep, its message holding every fragment in order.</summary>
    public static void LeakedWith(ScenarioResult result, params string[] fragments)
    {
        Assert.True(result.Outcome == "Fail", $"{result.Name} should fail, but passed:\n{result.Output}");
        Assert.Equal("LifetimeAssert.LeakSweepException", result.ExceptionType);
        var at = 0;
        foreach (var fragment in fragments)
        {
            var found = result.Message.IndexOf(fragment, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"{result.Name}: \"{fragment}\" not found after position {at} in:\n{result.Message}");
            at = found + fragment.Length;
        }
    }
}
