namespace LifetimeAssert.Sweep.Tests;

/// <summary>The MSTest sweep scenarios run at each level, in two orders, with a baseline, and with a step summary.</summary>
[Collection("MSTest sweep")]
public sealed class MSTestSweepRunTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lifetimeassert-sweep-mstest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task At_the_collect_level_an_object_expected_collected_that_lives_on_fails_naming_what_holds_it() =>
        MSTestExpect.LeakedWith(
            await MSTestSweepRuns.AtLevel("collect").SingleAsync("CollectTests.Keeps_a_basket_it_expected_collected"),
            "LeakSweep (collect): CollectTests.Keeps_a_basket_it_expected_collected left 1 object behind",
            "1 Basket created at SweepCode.KeepBasket() in SweepCode.cs:",
            ", still alive after the test",
            "held by  static SweepCode.KeptBaskets");

    [Fact]
    public async Task At_the_collect_level_a_tracked_instance_of_a_collected_type_that_lives_on_fails() =>
        MSTestExpect.LeakedWith(await MSTestSweepRuns.AtLevel("collect").SingleAsync("CollectTests.Keeps_a_session_of_a_collected_type"), "1 Session created at ", ", still alive after the test");

    [Theory]
    [InlineData("CollectTests.Drops_a_basket_it_expected_collected")]
    [InlineData("LifecycleTests.Holds_a_basket_until_TestCleanup")]
    public async Task At_the_collect_level_what_is_gone_once_TestCleanup_let_it_go_passes(string test) =>
        MSTestExpect.Passed(await MSTestSweepRuns.AtLevel("collect").SingleAsync(test));

    [Fact]
    public async Task At_the_collect_level_what_a_test_instance_still_holds_is_reported_MSTest_holds_the_instance_until_after_the_sweep() =>
        MSTestExpect.LeakedWith(
            await MSTestSweepRuns.AtLevel("collect").SingleAsync("InstanceFieldTests.Holds_a_basket_in_the_instance"),
            "1 Basket created at SweepCode.NewBasket()",
            ", still alive after the test");

    [Fact]
    public async Task The_collect_level_still_checks_disposal() =>
        MSTestExpect.LeakedWith(await MSTestSweepRuns.AtLevel("collect").SingleAsync("PlainTests.Leaves_a_resource_open"), "LeakSweep (collect): ", ", never disposed");

    [Fact]
    public async Task Off_checks_nothing_and_every_leaking_test_passes()
    {
        var run = await MSTestSweepRuns.AtLevel("off");

        Assert.Equal(
            ["BrokenConstructorTests.Cannot_be_created", "PlainTests.Fails_on_its_own_and_leaks"],
            run.Tests.Where(r => r.Outcome != "Passed").Select(MSTestSweepRuns.Named).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("LifetimeAssert sweep", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_level_the_sweep_does_not_know_fails_every_swept_test_naming_the_variable()
    {
        var run = await MSTestSweepRuns.AtLevel("sometimes");

        // A checked test in a [LeakTestClass] never reaches the sweep.
        Assert.All(run.Tests.Where(r => r.Name != "Checked_and_clean"), r =>
        {
            Assert.Equal("Failed", r.Outcome);
            Assert.Contains("LIFETIMEASSERT_SWEEP is \"sometimes\"; use off, dispose or collect.", r.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Two_orders_give_every_test_the_same_result()
    {
        // MSTest's own orders: by name within each class, and shuffled with a fixed seed.
        var byName = await MSTestSweepRuns.InOrder("ByName");
        var shuffled = await MSTestSweepRuns.InOrder("Shuffled");

        Assert.Equal(Ran(byName, "PlainTests").Order(StringComparer.Ordinal), Ran(byName, "PlainTests"));
        Assert.NotEqual(Ran(byName, "PlainTests"), Ran(shuffled, "PlainTests"));
        Assert.Equal(Outcomes(byName), Outcomes(shuffled));
        Assert.Equal(Outcomes(await MSTestSweepRuns.Default), Outcomes(byName));
    }

    [Fact]
    public async Task A_leak_the_baseline_lists_is_reported_a_new_one_fails_and_a_fixed_one_says_to_remove_its_line()
    {
        var baseline = Path.Combine(_folder, "baseline.json");
        await File.WriteAllTextAsync(baseline, """
            { "version": 1, "leaks": [
              { "test": "MarkedTests.Listed_in_the_baseline", "type": "LifetimeAssert.Scenarios.Resource", "count": 1 },
              { "test": "PlainTests.Disposes_what_it_opens", "type": "LifetimeAssert.Scenarios.Resource", "count": 1 } ] }
            """, TestContext.Current.CancellationToken);
        var run = MSTestSweepRuns.Run(("LIFETIMEASSERT_SWEEP_BASELINE_FILE", baseline));

        var listed = await run.SingleAsync("MarkedTests.Listed_in_the_baseline");
        MSTestExpect.Passed(listed);
        Assert.Contains("left 1 object behind, as the baseline lists (not failed)", listed.Output, StringComparison.Ordinal);
        MSTestExpect.LeakedWith(await run.SingleAsync("PlainTests.Leaves_a_resource_open"), "left 1 object behind");
        var fixedOne = await run.SingleAsync("PlainTests.Disposes_what_it_opens");
        MSTestExpect.Passed(fixedOne);
        Assert.Contains("the baseline lists LifetimeAssert.Scenarios.Resource for this test, which it no longer leaves behind: remove its line", fixedOne.Output, StringComparison.Ordinal);
        Assert.Contains("baseline: PlainTests.Disposes_what_it_opens no longer leaks LifetimeAssert.Scenarios.Resource: remove its line", (await run).Console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_goes_to_the_step_summary_as_a_table_when_the_run_ends()
    {
        var stepSummary = Path.Combine(_folder, "step-summary.md");
        await MSTestSweepRuns.Run(("GITHUB_STEP_SUMMARY", stepSummary));

        var markdown = await File.ReadAllTextAsync(stepSummary, TestContext.Current.CancellationToken);
        Assert.Contains("### LifetimeAssert sweep — LifetimeAssert.Sweep.MSTest.Scenarios", markdown, StringComparison.Ordinal);
        Assert.Contains("| dispose | 26 | 13 | 1 | 1 | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("- `PlainTests.Leaves_a_resource_open`: 1 `LifetimeAssert.Scenarios.Resource`", markdown, StringComparison.Ordinal);
    }

    // The class's tests in the order they started.
    private static string[] Ran(MSTestRunResults run, string testClass) =>
        [.. run.Tests.Where(r => r.ClassName.EndsWith("." + testClass, StringComparison.Ordinal)).OrderBy(r => r.Started).Select(r => r.Name)];

    private static string[] Outcomes(MSTestRunResults run) =>
        [.. run.Tests.Select(r => $"{MSTestSweepRuns.Named(r)}: {r.Outcome} {r.Message.Split('\n')[0]}").Order(StringComparer.Ordinal)];
}
