using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Server.Tests;

/// <summary>
/// Under the real xUnit v3 runner, with LifetimeAssert.HeapCensus referenced, a Census name that matches no loaded type
/// fails the test naming it, and the body never runs (issue 19, part 9).
/// </summary>
public sealed class MisconfiguredCensusTests
{
    private static XunitScenarioRun Run => XunitScenarioRun.For(ScenarioAssembly.PathRecordedIn(typeof(MisconfiguredCensusTests).Assembly));

    [Fact]
    public async Task An_unknown_census_name_is_refused_by_the_census_before_the_body_runs()
    {
        const string scenario = "Misconfigured_CensusUnknownName";
        var result = await Run.SingleAsync(scenario);

        Assert.Equal("Fail", result.Outcome);
        Assert.Equal(typeof(LeakConfigurationException).FullName, result.ExceptionType);
        Assert.Contains("Census name \"LifetimeAssert.Server.Scenarios.NoSuchType\" matches no loaded type.", result.Message, StringComparison.Ordinal);
        Assert.False((await Run.BodyRunsAsync()).ContainsKey(scenario), "The body ran.");
    }
}
