using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests;

[CollectionDefinition(nameof(ProcessWide), DisableParallelization = true)]
public sealed class ProcessWide;

/// <summary>Scenarios judged by process-wide probes run alone, as the README tells users to do.</summary>
[Collection(nameof(ProcessWide))]
public sealed class ProcessWideScenarioTests : IDisposable
{
    public static TheoryData<string> Scenarios() => [.. Catalog.ProcessWide.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_gets_its_expected_verdict(string name)
    {
        await ScenarioAssert.VerdictAsync(Catalog.Find(name));
    }

    public void Dispose() => Code.Resurrecting.Stop();
}
