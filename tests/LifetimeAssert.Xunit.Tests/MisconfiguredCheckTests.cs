using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Xunit.Tests;

/// <summary>
/// Bad options never reach the body under the real xUnit v3 runner (issue 19, part 9): each misconfigured
/// <c>[AssertNoLeak]</c> or <c>[AssertAllocations]</c> fails with a <see cref="LeakConfigurationException"/> naming the
/// option, and its body — which records that it ran, then throws — never ran, not even xUnit's own run of it.
/// </summary>
public sealed class MisconfiguredCheckTests
{
    private static XunitScenarioRun ScenarioRun => XunitScenarioRun.For(ScenarioAssembly.PathRecordedIn(typeof(MisconfiguredCheckTests).Assembly));

    public static TheoryData<string, string> Cases() => [.. Misconfigured.Cases.Select(c => (c.Scenario, c.Problem))];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_misconfigured_check_fails_naming_the_option_before_its_body_runs(string scenario, string problem)
    {
        var result = await ScenarioRun.SingleAsync(scenario);
        var bodyRuns = await ScenarioRun.BodyRunsAsync();

        Assert.Equal("Fail", result.Outcome);
        Assert.Equal(typeof(LeakConfigurationException).FullName, result.ExceptionType);
        Assert.Contains(problem, result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("the body ran", result.Message, StringComparison.Ordinal);
        Assert.False(bodyRuns.ContainsKey(scenario), $"{scenario}: the body ran {bodyRuns.GetValueOrDefault(scenario)} time(s).");
    }

    [Fact]
    public async Task The_valid_control_runs_its_body_and_its_record_arrives()
    {
        var result = await ScenarioRun.SingleAsync(Misconfigured.Control);

        Assert.Equal(typeof(InvalidOperationException).FullName, result.ExceptionType);
        Assert.Contains($"{Misconfigured.Control}: the body ran.", result.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await ScenarioRun.BodyRunsAsync()).GetValueOrDefault(Misconfigured.Control));
    }
}
