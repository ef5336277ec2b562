namespace LifetimeAssert.Sweep.Tests;

/// <summary>The NUnit sweep scenarios run at each level, in two orders, with a baseline, and with a step summary.</summary>
[Collection("NUnit sweep")]
public sealed class NUnitSweepRunTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lifetimeassert-sweep-nunit-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task At_the_collect_level_an_object_expected_collected_that_lives_on_fails_naming_what_holds_it() =>
        NUnitExpect.LeakedWith(
            await NUnitSweepRuns.AtLevel("collect").SingleAsync("CollectTests.Keeps_a_basket_it_expected_collected"),
            "LeakSweep (collect): CollectTests.Keeps_a_basket_it_expected_collected left 1 object behind",
            "1 Basket created at SweepCode.KeepBasket() in SweepCode.cs:",
            ", still alive after the test",
            "held by  static SweepCode.KeptBaskets");

    [Fact]
    public async Task At_the_collect_level_a_tracked_instance_of_a_collected_type_that_lives_on_fails() =>
        NUnitExpect.LeakedWith(await NUnitSweepRuns.AtLevel("collect").SingleAsync("CollectTests.Keeps_a_session_of_a_collected_type"), "1 Session created at ", ", still alive after the test");

    [Theory]
    [InlineData("CollectTests.Drops_a_basket_it_expected_collected")]
    [InlineData("LifecycleTests.Holds_a_basket_until_TearDown")]
    public async Task At_the_collect_level_what_is_gone_once_TearDown_let_it_go_passes(string test) =>
        NUnitExpect.Passed(await NUnitSweepRuns.AtLevel("collect").SingleAsync(test));

    [Fact]
    public async Task The_collect_level_still_checks_disposal() =>
        NUnitExpect.LeakedWith(await NUnitSweepRuns.AtLevel("collect").SingleAsync("PlainTests.Leaves_a_resource_open"), "LeakSweep (collect): ", ", never disposed");

    [Fact]
    public async Task Off_checks_nothing_and_every_leaking_test_passes()
    {
        var run = await NUnitSweepRuns.AtLevel("off");

        Assert.Equal(["LifetimeAssert.Sweep.NUnit.Scenarios.PlainTests.Fails_on_its_own_and_leaks"], run.Tests.Where(r => r.Result != "Passed").Select(r => r.FullName));
        Assert.DoesNotContain("LifetimeAssert sweep", run.Console, StringComparison.Ordinal);
        Assert.DoesNotContain("LifetimeAssert sweep", run.AssemblyOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("LeakSweep", run.AssemblyFailure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_level_the_sweep_does_not_know_fails_every_test_naming_the_variable()
    {
        var run = await NUnitSweepRuns.AtLevel("sometimes");

        Assert.All(run.Tests, r =>
        {
            Assert.Equal(("Failed", "Error"), (r.Result, r.Label));
            Assert.Contains("LIFETIMEASSERT_SWEEP is \"sometimes\"; use off, dispose or collect.", r.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Two_orders_give_every_test_the_same_result()
    {
        // NUnit runs a suite's children by their Order property, which the scenarios number forward or in reverse.
        var forward = await NUnitSweepRuns.Run(("SWEEP_SCENARIO_ORDER", "forward"));
        var reverse = await NUnitSweepRuns.Run(("SWEEP_SCENARIO_ORDER", "reverse"));

        Assert.Equal([.. Ran(forward, "PlainTests").Reverse()], Ran(reverse, "PlainTests"));
        Assert.Equal(Outcomes(forward), Outcomes(reverse));
        Assert.Equal(Outcomes(await NUnitSweepRuns.Default), Outcomes(forward));
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
        var run = NUnitSweepRuns.Run(("LIFETIMEASSERT_SWEEP_BASELINE_FILE", baseline));

        var listed = await run.SingleAsync("MarkedTests.Listed_in_the_baseline");
        NUnitExpect.Passed(listed);
        Assert.Contains("left 1 object behind, as the baseline lists (not failed)", listed.Output, StringComparison.Ordinal);
        NUnitExpect.LeakedWith(await run.SingleAsync("PlainTests.Leaves_a_resource_open"), "left 1 object behind");
        var fixedOne = await run.SingleAsync("PlainTests.Disposes_what_it_opens");
        NUnitExpect.Passed(fixedOne);
        Assert.Contains("the baseline lists LifetimeAssert.Scenarios.Resource for this test, which it no longer leaves behind: remove its line", fixedOne.Output, StringComparison.Ordinal);
        Assert.Contains("baseline: PlainTests.Disposes_what_it_opens no longer leaks LifetimeAssert.Scenarios.Resource: remove its line", (await run).AssemblyOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_goes_to_the_step_summary_as_a_table_when_the_assembly_ends()
    {
        var stepSummary = Path.Combine(_folder, "step-summary.md");
        await NUnitSweepRuns.Run(("GITHUB_STEP_SUMMARY", stepSummary));

        var markdown = await File.ReadAllTextAsync(stepSummary, TestContext.Current.CancellationToken);
        Assert.Contains("### LifetimeAssert sweep — LifetimeAssert.Sweep.NUnit.Scenarios", markdown, StringComparison.Ordinal);
        Assert.Contains("| dispose | 25 | 11 | 1 | 1 | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("- `PlainTests.Leaves_a_resource_open`: 1 `LifetimeAssert.Scenarios.Resource`", markdown, StringComparison.Ordinal);
    }

    // The fixture's tests in the order they started.
    private static string[] Ran(NUnitRunResults run, string fixture) =>
        [.. run.Tests.Where(r => r.FullName.Contains("." + fixture + ".", StringComparison.Ordinal)).OrderBy(r => r.Started).Select(r => r.FullName)];

    private static string[] Outcomes(NUnitRunResults run) =>
        [.. run.Tests.Select(r => $"{r.FullName}: {r.Result} {r.Message.Split('\n')[0]}").Order(StringComparer.Ordinal)];
}
