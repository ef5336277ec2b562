namespace LifetimeAssert.Sweep.Tests;

/// <summary>
/// An ordinary xUnit v3 suite with <c>[assembly: LeakSweep]</c> and no attribute on its tests, run by the real runner: at
/// the dispose level every test that leaves an object undisposed fails naming its type, count and creation site; its
/// clean twin passes.
/// </summary>
public sealed class XunitSweepTests
{
    [Theory]
    [InlineData("PlainTests.Disposes_what_it_opens")]
    [InlineData("PlainTests.Releases_its_lease")]
    [InlineData("PlainTests.Row_leaks_when_asked(leak: False)")]
    [InlineData("PlainTests.Uses_a_lazy_singleton")]
    [InlineData("PlainTests.Leaves_one_open_outside_its_flow")]
    [InlineData("LifecycleTests.Opens_what_the_class_disposes")]
    [InlineData("LifecycleTests.Holds_a_basket_in_the_instance")]
    [InlineData("CollectTests.Keeps_a_basket_it_expected_collected")]
    [InlineData("CollectTests.Keeps_a_session_of_a_collected_type")]
    [InlineData("ParallelCleanTests.Stays_clean_while_the_other_leaks")]
    [InlineData("MarkedTests.Skipped_while_leaking")]
    public async Task A_test_that_leaves_nothing_undisposed_passes_at_the_dispose_level(string test) =>
        Expect.Passed(await SweepRuns.Default.SingleAsync(test));

    [Fact]
    public async Task A_resource_never_disposed_fails_the_test_naming_type_count_and_site() =>
        Expect.LeakedWith(
            await SweepRuns.Default.SingleAsync("PlainTests.Leaves_a_resource_open"),
            "LeakSweep (dispose): PlainTests.Leaves_a_resource_open left 1 object behind",
            "  1 Resource created at SweepCode.LeaveOpen() in SweepCode.cs:",
            ", called from PlainTests.Leaves_a_resource_open() in PlainTests.cs:",
            ", never disposed");

    [Fact]
    public async Task Only_the_undisposed_one_of_two_is_named() =>
        Expect.LeakedWith(
            await SweepRuns.Default.SingleAsync("PlainTests.Leaves_one_of_two_open"),
            "left 1 object behind",
            "1 Resource created at SweepCode.LeaveOneOfTwoOpen()");

    [Fact]
    public async Task A_lease_never_released_fails_as_never_released() =>
        Expect.LeakedWith(await SweepRuns.Default.SingleAsync("PlainTests.Keeps_its_lease"), "1 Basket created at SweepCode.LeaseAndKeep()", ", never released");

    [Fact]
    public async Task Each_theory_row_is_judged_on_its_own() =>
        Expect.LeakedWith(await SweepRuns.Default.SingleAsync("PlainTests.Row_leaks_when_asked(leak: True)"), "PlainTests.Row_leaks_when_asked(leak: True) left 1 object behind");

    [Fact]
    public async Task A_test_failing_on_its_own_keeps_its_own_failure()
    {
        var result = await SweepRuns.Default.SingleAsync("PlainTests.Fails_on_its_own_and_leaks");

        Assert.Equal("Fail", result.Outcome);
        Assert.Contains("the test's own failure", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LeakSweep", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tests_in_parallel_are_not_blamed_for_each_other()
    {
        Expect.LeakedWith(await SweepRuns.Default.SingleAsync("ParallelLeakingTests.Leaks_while_the_other_runs"), "left 1 object behind");
        Expect.Passed(await SweepRuns.Default.SingleAsync("ParallelCleanTests.Stays_clean_while_the_other_leaks"));
    }

    [Fact]
    public async Task What_a_test_running_alone_registers_outside_its_flow_is_its_own() =>
        Expect.LeakedWith(await SweepRuns.Default.SingleAsync("AloneTests.Leaves_one_open_outside_its_flow_alone"), "1 Resource created at lambda in SweepCode.LeaveOpenOffFlow");

    [Fact]
    public async Task An_expected_leak_is_reported_and_not_failed()
    {
        var result = await SweepRuns.Default.SingleAsync("MarkedTests.Expected_and_leaking");

        Expect.Passed(result);
        Assert.Contains("left 1 object behind, as [LeakSweepExpected] says (not failed): the export keeps its file open until #123 is fixed", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expected_leak_that_is_fixed_fails_so_the_marker_goes() =>
        Expect.LeakedWith(
            await SweepRuns.Default.SingleAsync("MarkedTests.Expected_but_fixed"),
            "MarkedTests.Expected_but_fixed is marked [LeakSweepExpected(\"fixed since\")] but left nothing behind: the leak is fixed, remove the marker");

    [Fact]
    public async Task A_skip_without_a_reason_fails_saying_so()
    {
        var result = await SweepRuns.Default.SingleAsync("MarkedTests.Skipped_without_a_reason");

        Assert.Equal("LifetimeAssert.LeakConfigurationException", result.ExceptionType);
        Assert.Contains("[LeakSweepSkip] on MarkedTests.Skipped_without_a_reason has no reason", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_run_ends_with_a_summary_of_what_the_sweep_checked()
    {
        await SweepRuns.Default.AllAsync();

        Assert.Contains(
            "LifetimeAssert sweep of LifetimeAssert.Sweep.Xunit.Scenarios (dispose, [assembly: LeakSweep]): 22 tests checked, 9 leaked, 1 exempt, 1 expected, 0 baselined, 1 failed on their own, ",
            SweepRuns.Default.StandardOutput,
            StringComparison.Ordinal);
        Assert.Contains("1 left to no test (static or lazy singletons), 1 registered outside every test's flow and not counted", SweepRuns.Default.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("LifetimeAssert sweep of LifetimeAssert.Sweep.Xunit.Scenarios: dispose level ([assembly: LeakSweep]); hooks loaded: ", SweepRuns.Default.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_class_fixtures_leak_is_reported_on_the_fixture_and_never_on_its_tests()
    {
        Expect.Passed(await SweepRuns.Default.SingleAsync("LeakingFixtureTests.Uses_the_fixture"));
        Expect.Passed(await SweepRuns.Default.SingleAsync("CleanFixtureTests.Uses_the_fixture"));

        var error = Assert.Single(SweepRuns.Default.Errors, e => e.Contains("LeakSweep", StringComparison.Ordinal));
        Assert.Contains("LeakSweep (dispose): LeakingFixtureTests (class fixtures) left 1 object behind", error, StringComparison.Ordinal);
        Assert.Contains("1 Resource created at SweepCode.Open() in SweepCode.cs:", error, StringComparison.Ordinal);
        Assert.Contains("called from LeakingFixture..ctor()", error, StringComparison.Ordinal);
    }
}
