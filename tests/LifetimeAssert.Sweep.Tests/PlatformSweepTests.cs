namespace LifetimeAssert.Sweep.Tests;

/// <summary>
/// On Microsoft.Testing.Platform, the package's extension gives the sweep a command-line option that sets the level for
/// a run, and writes the sweep's summary through the platform's output.
/// </summary>
public sealed class PlatformSweepTests
{
    private static string App => ScenarioAssembly.AdditionalPathRecordedIn(typeof(PlatformSweepTests).Assembly, "LifetimeAssert.Sweep.Platform.Scenarios");

    [Fact]
    public async Task Without_the_option_the_attributes_level_holds()
    {
        var run = await MSTestRun.RunAsync(App, []);

        Assert.Equal(["Leaves_a_resource_open"], Failed(run));
        Assert.Contains("LifetimeAssert sweep of LifetimeAssert.Sweep.Platform.Scenarios (dispose, [assembly: LeakSweep]): 3 tests checked, 1 leaked", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_option_sets_the_level_for_the_run()
    {
        var collect = await MSTestRun.RunAsync(App, ["--leak-sweep", "collect"]);
        var off = await MSTestRun.RunAsync(App, ["--leak-sweep", "off"]);

        Assert.Equal(["Keeps_a_basket_it_expected_collected", "Leaves_a_resource_open"], Failed(collect));
        Assert.Contains("(collect, --leak-sweep collect): 3 tests checked, 2 leaked", collect.Console, StringComparison.Ordinal);
        Assert.Empty(Failed(off));
        Assert.Equal(3, off.Tests.Count);
    }

    [Fact]
    public async Task The_option_overrides_the_environment()
    {
        var run = await MSTestRun.RunAsync(App, ["--leak-sweep", "off"], new Dictionary<string, string?> { ["LIFETIMEASSERT_SWEEP"] = "collect" });

        Assert.Empty(Failed(run));
    }

    [Fact]
    public async Task A_level_the_option_does_not_know_is_refused_before_any_test_runs()
    {
        var run = await MSTestRun.RunAsync(App, ["--leak-sweep", "sometimes"]);

        Assert.Empty(run.Tests);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--leak-sweep takes off, dispose or collect; got \"sometimes\".", run.Console, StringComparison.Ordinal);
    }

    private static string[] Failed(MSTestRunResults run) =>
        [.. run.Tests.Where(r => r.Outcome != "Passed").Select(r => r.Name.Split('.')[^1]).Order(StringComparer.Ordinal)];
}
