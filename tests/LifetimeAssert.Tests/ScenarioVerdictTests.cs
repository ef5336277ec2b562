using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests;

/// <summary>Every scenario of the shared catalog through the imperative API, with its expected verdict.</summary>
public sealed class ScenarioVerdictTests
{
    public static TheoryData<string> Scenarios() => [.. Catalog.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_gets_its_expected_verdict(string name)
    {
        await ScenarioAssert.VerdictAsync(Catalog.Find(name));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public async Task Each_row_is_judged_on_its_own(int id, bool leaks)
    {
        var report = await Leak.CheckAsync(() => Code.Rows.Find(id), o => o.Track<Session>(), TestContext.Current.CancellationToken);

        Assert.Equal(leaks ? LeakVerdict.Leaking : LeakVerdict.Passed, report.Verdict);
    }
}
