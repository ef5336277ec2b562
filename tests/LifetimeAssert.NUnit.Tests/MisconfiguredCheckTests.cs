using LifetimeAssert.Scenarios;
using NUnit.Framework;

namespace LifetimeAssert.NUnit.Tests;

/// <summary>
/// Bad options never reach the body under the real NUnit runner (issue 19, part 9): each misconfigured
/// <c>[AssertNoLeak]</c> or <c>[AssertAllocations]</c> fails as an error naming the option, and its body — which
/// records that it ran, then throws — never ran.
/// </summary>
public sealed class MisconfiguredCheckTests
{
    public static IEnumerable<TestCaseData> Cases() => Misconfigured.Cases.Select(c => new TestCaseData(c.Scenario, c.Problem).SetArgDisplayNames(c.Scenario));

    [TestCaseSource(nameof(Cases))]
    public void A_misconfigured_check_fails_naming_the_option_before_its_body_runs(string scenario, string problem)
    {
        var result = ScenarioRun.Single(scenario);

        Assert.Multiple(() =>
        {
            Assert.That((result.Result, result.Label), Is.EqualTo(("Failed", "Error")));
            Assert.That(result.Message, Does.StartWith("Invalid "));
            Assert.That(result.Message, Does.Contain(problem));
            Assert.That(result.Message, Does.Not.Contain("the body ran"));
            Assert.That(ScenarioRun.BodyRuns.ContainsKey(scenario), Is.False, $"{scenario}: the body ran.");
        });
    }

    [Test]
    public void The_valid_control_runs_its_body_and_its_record_arrives()
    {
        var result = ScenarioRun.Single(Misconfigured.Control);

        Assert.Multiple(() =>
        {
            Assert.That(result.Message, Does.Contain($"{Misconfigured.Control}: the body ran."));
            Assert.That(ScenarioRun.BodyRuns.GetValueOrDefault(Misconfigured.Control), Is.EqualTo(1));
        });
    }
}
