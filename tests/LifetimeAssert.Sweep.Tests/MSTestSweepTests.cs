namespace LifetimeAssert.Sweep.Tests;

/// <summary>
/// An ordinary MSTest suite with <c>[assembly: LeakSweep]</c> and no attribute on its tests, run by the real runner
/// (Microsoft.Testing.Platform): at the dispose level every test that leaves an object undisposed fails naming its type,
/// count and creation site; its clean twin passes. (The MSTest runs of this collection run one after another: they
/// share the scenarios' report folder.)
/// </summary>
[Collection("MSTest sweep")]
public sealed class MSTestSweepTests
{
    [Theory]
    [InlineData("PlainTests.Disposes_what_it_opens")]
    [InlineData("PlainTests.Releases_its_lease")]
    [InlineData("PlainTests.Row_leaks_when_asked (False)")]
    [InlineData("PlainTests.Uses_a_lazy_singleton")]
    [InlineData("PlainTests.Leaves_one_open_outside_its_flow")]
    [InlineData("LifecycleTests.Opens_what_the_class_disposes")]
    [InlineData("LifecycleTests.Holds_a_basket_until_TestCleanup")]
    [InlineData("InstanceFieldTests.Holds_a_basket_in_the_instance")]
    [InlineData("CollectTests.Keeps_a_basket_it_expected_collected")]
    [InlineData("CollectTests.Keeps_a_session_of_a_collected_type")]
    [InlineData("ParallelCleanTests.Stays_clean_while_the_other_leaks")]
    [InlineData("MarkedTests.Skipped_while_leaking")]
    public async Task A_test_that_leaves_nothing_undisposed_passes_at_the_dispose_level(string test) =>
        MSTestExpect.Passed(await MSTestSweepRuns.Default.SingleAsync(test));

    [Fact]
    public async Task A_resource_never_disposed_fails_the_test_naming_type_count_and_site()
    {
        var result = await MSTestSweepRuns.Default.SingleAsync("PlainTests.Leaves_a_resource_open");

        MSTestExpect.LeakedWith(
            result,
            "LeakSweep (dispose): PlainTests.Leaves_a_resource_open left 1 object behind",
            "  1 Resource created at SweepCode.LeaveOpen() in SweepCode.cs:",
            ", called from PlainTests.Leaves_a_resource_open() in PlainTests.cs:",
            ", never disposed");
        Assert.Contains("LeakSweep (dispose): PlainTests.Leaves_a_resource_open left 1 object behind", result.Output, StringComparison.Ordinal);
        var report = Assert.Single(result.ResultFiles);
        Assert.EndsWith("PlainTests.Leaves_a_resource_open.sweep.txt", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_undisposed_one_of_two_is_named() =>
        MSTestExpect.LeakedWith(
            await MSTestSweepRuns.Default.SingleAsync("PlainTests.Leaves_one_of_two_open"),
            "left 1 object behind",
            "1 Resource created at SweepCode.LeaveOneOfTwoOpen()");

    [Fact]
    public async Task A_lease_never_released_fails_as_never_released() =>
        MSTestExpect.LeakedWith(await MSTestSweepRuns.Default.SingleAsync("PlainTests.Keeps_its_lease"), "1 Basket created at SweepCode.LeaseAndKeep()", ", never released");

    [Fact]
    public async Task Each_data_row_is_judged_on_its_own() =>
        MSTestExpect.LeakedWith(await MSTestSweepRuns.Default.SingleAsync("PlainTests.Row_leaks_when_asked (True)"), "PlainTests.Row_leaks_when_asked(True) left 1 object behind");

    [Fact]
    public async Task A_test_failing_on_its_own_keeps_its_own_failure()
    {
        var result = await MSTestSweepRuns.Default.SingleAsync("PlainTests.Fails_on_its_own_and_leaks");

        Assert.Equal("Failed", result.Outcome);
        Assert.Contains("the test's own failure", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LeakSweep", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tests_in_parallel_classes_are_not_blamed_for_each_other()
    {
        MSTestExpect.LeakedWith(await MSTestSweepRuns.Default.SingleAsync("ParallelLeakingTests.Leaks_while_the_other_runs"), "left 1 object behind");
        MSTestExpect.Passed(await MSTestSweepRuns.Default.SingleAsync("ParallelCleanTests.Stays_clean_while_the_other_leaks"));
    }

    [Fact]
    public async Task What_a_DoNotParallelize_test_registers_outside_its_flow_is_its_own() =>
        MSTestExpect.LeakedWith(await MSTestSweepRuns.Default.SingleAsync("AloneTests.Leaves_one_open_outside_its_flow_alone"), "1 Resource created at lambda in SweepCode.LeaveOpenOffFlow");

    [Fact]
    public async Task A_test_whose_class_cannot_be_created_keeps_its_failure_and_leaves_nothing_of_its_sweep_running()
    {
        var broken = await MSTestSweepRuns.Default.SingleAsync("BrokenConstructorTests.Cannot_be_created");

        Assert.Equal("Failed", broken.Outcome);
        Assert.Contains("the class's own constructor failure", broken.Message, StringComparison.Ordinal);

        // MSTest skipped its cleanups; the test running alone after it still owns what it registers off its flow.
        MSTestExpect.LeakedWith(await MSTestSweepRuns.Default.SingleAsync("AloneTests.Leaves_one_open_outside_its_flow_alone"), "left 1 object behind");
    }

    [Fact]
    public async Task In_a_LeakTestClass_a_checked_test_is_checked_not_swept_and_the_others_are_swept()
    {
        var checkedTest = await MSTestSweepRuns.Default.SingleAsync("LeakTestClassTests.Checked_and_clean");

        MSTestExpect.Passed(checkedTest);
        Assert.Contains("AssertNoLeak: no leak in LeakTestClassTests.Checked_and_clean", checkedTest.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("LeakSweep (", checkedTest.Output, StringComparison.Ordinal);
        MSTestExpect.LeakedWith(await MSTestSweepRuns.Default.SingleAsync("LeakTestClassTests.Unchecked_and_leaking"), "LeakTestClassTests.Unchecked_and_leaking left 1 object behind");
    }

    [Fact]
    public async Task An_expected_leak_is_reported_and_not_failed()
    {
        var result = await MSTestSweepRuns.Default.SingleAsync("MarkedTests.Expected_and_leaking");

        MSTestExpect.Passed(result);
        Assert.Contains("left 1 object behind, as [LeakSweepExpected] says (not failed): the export keeps its file open until #123 is fixed", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expected_leak_that_is_fixed_fails_so_the_marker_goes() =>
        MSTestExpect.LeakedWith(
            await MSTestSweepRuns.Default.SingleAsync("MarkedTests.Expected_but_fixed"),
            "MarkedTests.Expected_but_fixed is marked [LeakSweepExpected(\"fixed since\")] but left nothing behind: the leak is fixed, remove the marker");

    [Fact]
    public async Task A_skip_without_a_reason_fails_saying_so()
    {
        var result = await MSTestSweepRuns.Default.SingleAsync("MarkedTests.Skipped_without_a_reason");

        Assert.Equal("Failed", result.Outcome);
        Assert.Contains("LifetimeAssert.LeakConfigurationException: Invalid sweep options: [LeakSweepSkip] on MarkedTests.Skipped_without_a_reason has no reason", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_run_ends_with_a_summary_of_what_the_sweep_checked()
    {
        var run = await MSTestSweepRuns.Default;

        // Written by the platform extension when the session ends; the 4 leaking fixtures (of 5) count as leaked.
        Assert.Contains(
            "LifetimeAssert sweep of LifetimeAssert.Sweep.MSTest.Scenarios (dispose, [assembly: LeakSweep]): 26 tests checked, 13 leaked, 1 exempt, 1 expected, 0 baselined, 2 failed on their own, 5 fixtures checked; ",
            run.Console,
            StringComparison.Ordinal);

        // What the fixtures register is theirs; only the parallel test's off-flow object is nobody's.
        Assert.Contains("1 left to no test (static or lazy singletons), 1 registered outside every test's flow and not counted", run.Console, StringComparison.Ordinal);
        Assert.Single(run.Tests, r => r.Output.Contains("LifetimeAssert sweep of LifetimeAssert.Sweep.MSTest.Scenarios: dispose level ([assembly: LeakSweep]); hooks loaded: ", StringComparison.Ordinal));
    }
}
