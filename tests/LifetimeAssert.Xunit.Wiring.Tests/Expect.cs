namespace LifetimeAssert.Xunit.Wiring.Tests;

/// <summary>Assertions on a fixture's test result whose failures say what the test did instead.</summary>
internal static class Expect
{
    public static void Passes(ScenarioResult result) =>
        Assert.True(result.Outcome == "Pass", $"{result.Name} should pass but: {result.Outcome} {result.ExceptionType}\n{result.Message}");

    public static void Fails(ScenarioResult result, params string[] fragments)
    {
        Assert.True(result.Outcome == "Fail", $"{result.Name} should fail but: {result.Outcome}\n{result.Output}");
        foreach (var fragment in fragments)
        {
            Assert.True(
                result.Message.Contains(fragment, StringComparison.Ordinal),
                $"{result.Name} failed without \"{fragment}\": {result.ExceptionType}\n{result.Message}");
        }
    }
}
