namespace LifetimeAssert.Sweep.Tests;

/// <summary>A test's result does not depend on the order its suite runs in: the suite runs forward and in reverse.</summary>
public sealed class SweepOrderTests
{
    [Fact]
    public async Task Two_orders_give_every_test_the_same_result()
    {
        var forward = SweepRuns.Run([":1", "-verbose"], ("SWEEP_SCENARIO_ORDER", "forward"));
        var reverse = SweepRuns.Run([":2", "-verbose"], ("SWEEP_SCENARIO_ORDER", "reverse"));
        var first = await forward.AllAsync();
        var second = await reverse.AllAsync();

        Assert.NotEqual(Started(forward), Started(reverse));
        Assert.Equal(Outcomes(first), Outcomes(second));
        Assert.Equal(Outcomes(await SweepRuns.Default.AllAsync()), Outcomes(first));
    }

    private static string[] Started(XunitScenarioRun run) =>
        [.. run.StandardOutput.Split('\n').Where(l => l.Contains("[STARTING]", StringComparison.Ordinal)).Select(l => l.Trim())];

    private static string[] Outcomes(IEnumerable<ScenarioResult> results) =>
        [.. results.Select(r => $"{r.Name}: {r.Outcome} {r.Message.Split('\n')[0]}").Order(StringComparer.Ordinal)];
}
