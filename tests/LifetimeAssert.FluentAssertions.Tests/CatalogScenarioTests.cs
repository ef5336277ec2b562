using LifetimeAssert.Scenarios;

namespace LifetimeAssert.FluentAssertions.Tests;

/// <summary>Every catalog scenario through <c>func.Should().NotLeakAsync(options)</c>.</summary>
public sealed class CatalogScenarioTests
{
    public static TheoryData<string> Scenarios() => [.. Catalog.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_fails_exactly_when_it_leaks(string name) => await ScenarioAssert.NotLeakAsync(Catalog.Find(name));
}
