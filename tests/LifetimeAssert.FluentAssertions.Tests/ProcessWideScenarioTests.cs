using LifetimeAssert.Scenarios;

namespace LifetimeAssert.FluentAssertions.Tests;

/// <summary>Scenarios judged by process-wide probes run alone, as the README tells users to do.</summary>
[Collection(nameof(ProcessWide))]
public sealed class ProcessWideScenarioTests : IDisposable
{
    public static TheoryData<string> Scenarios() => [.. Catalog.ProcessWide.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_fails_exactly_when_it_leaks(string name) => await ScenarioAssert.NotLeakAsync(Catalog.Find(name));

    public void Dispose() => Code.Resurrecting.Stop();
}
