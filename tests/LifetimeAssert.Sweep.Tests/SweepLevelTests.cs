namespace LifetimeAssert.Sweep.Tests;

/// <summary>The level a run sets, and what each level sees.</summary>
public sealed class SweepLevelTests
{
    private static readonly XunitScenarioRun Collect = SweepRuns.AtLevel("collect");
    private static readonly XunitScenarioRun Off = SweepRuns.AtLevel("off");

    [Fact]
    public async Task At_the_collect_level_an_object_expected_collected_that_lives_on_fails_naming_what_holds_it() =>
        Expect.LeakedWith(
            await Collect.SingleAsync("CollectTests.Keeps_a_basket_it_expected_collected"),
            "LeakSweep (collect): CollectTests.Keeps_a_basket_it_expected_collected left 1 object behind",
            "1 Basket created at SweepCode.KeepBasket() in SweepCode.cs:",
            ", still alive after the test",
            "held by  static SweepCode.KeptBaskets");

    [Fact]
    public async Task At_the_collect_level_a_tracked_instance_of_a_collected_type_that_lives_on_fails() =>
        Expect.LeakedWith(await Collect.SingleAsync("CollectTests.Keeps_a_session_of_a_collected_type"), "1 Session created at ", ", still alive after the test");

    [Theory]
    [InlineData("CollectTests.Drops_a_basket_it_expected_collected")]
    [InlineData("LifecycleTests.Holds_a_basket_in_the_instance")]
    public async Task At_the_collect_level_what_is_gone_once_the_test_instance_is_released_passes(string test) =>
        Expect.Passed(await Collect.SingleAsync(test));

    [Fact]
    public async Task The_collect_level_still_checks_disposal() =>
        Expect.LeakedWith(await Collect.SingleAsync("PlainTests.Leaves_a_resource_open"), "LeakSweep (collect): ", ", never disposed");

    [Fact]
    public async Task Off_checks_nothing_and_every_leaking_test_passes()
    {
        var failed = (await Off.AllAsync()).Where(r => r.Outcome != "Pass").Select(r => r.Name).ToArray();

        Assert.Equal(["LifetimeAssert.Sweep.Xunit.Scenarios.PlainTests.Fails_on_its_own_and_leaks"], failed);
        Assert.DoesNotContain("LifetimeAssert sweep", Off.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_level_the_sweep_does_not_know_fails_every_test_naming_the_variable()
    {
        var run = SweepRuns.AtLevel("sometimes");
        var results = await run.AllAsync();

        Assert.All(results, r =>
        {
            Assert.Equal("Fail", r.Outcome);
            Assert.Contains("LIFETIMEASSERT_SWEEP is \"sometimes\"; use off, dispose or collect.", r.Message, StringComparison.Ordinal);
        });
    }
}
