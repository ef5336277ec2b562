using LifetimeAssert.Scenarios;

namespace LifetimeAssert.MSTest.Tests;

/// <summary>
/// Bad options never reach the body under the real MSTest runner (issue 19, part 9): each misconfigured
/// <c>[AssertNoLeak]</c> or <c>[AssertAllocations]</c> in a <c>[LeakTestClass]</c> fails naming the option, and its
/// body — which records that it ran, then throws — never ran.
/// </summary>
[TestClass]
public sealed class MisconfiguredCheckTests
{
    public static IEnumerable<object[]> Cases() => Misconfigured.Cases.Select(c => new object[] { c.Scenario, c.Problem });

    [TestMethod, DynamicData(nameof(Cases))]
    public void A_misconfigured_check_fails_naming_the_option_before_its_body_runs(string scenario, string problem)
    {
        var result = ScenarioRun.Single(scenario);

        Assert.AreEqual("Failed", result.Outcome);
        Assert.StartsWith("Invalid ", result.Message);
        Assert.Contains(problem, result.Message);
        Assert.DoesNotContain("the body ran", result.Message);
        Assert.IsFalse(ScenarioRun.BodyRuns.ContainsKey(scenario), $"{scenario}: the body ran.");
    }

    [TestMethod]
    public void The_valid_control_runs_its_body_and_its_record_arrives()
    {
        var result = ScenarioRun.Single(Misconfigured.Control);

        Assert.Contains($"{Misconfigured.Control}: the body ran.", result.Message);
        Assert.AreEqual(1, ScenarioRun.BodyRuns.GetValueOrDefault(Misconfigured.Control));
    }
}
