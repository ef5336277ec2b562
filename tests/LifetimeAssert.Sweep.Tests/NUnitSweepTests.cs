namespace LifetimeAssert.Sweep.Tests;

/// <summary>
/// An ordinary NUnit suite with <c>[assembly: LeakSweep]</c> and no attribute on its tests, run by the real runner: at the
/// dispose level every test that leaves an object undisposed fails naming its type, count and creation site; its clean
/// twin passes. (The NUnit runs of this collection run one after another: they share the scenarios' report folder.)
/// </summary>
[Collection("NUnit sweep")]
public sealed class NUnitSweepTests
{
    [Theory]
    [InlineData("PlainTests.Disposes_what_it_opens")]
    [InlineData("PlainTests.Releases_its_lease")]
    [InlineData("PlainTests.Row_leaks_when_asked(False)")]
    [InlineData("PlainTests.Uses_a_lazy_singleton")]
    [InlineData("PlainTests.Leaves_one_open_outside_its_flow")]
    [InlineData("LifecycleTests.Opens_what_TearDown_disposes")]
    [InlineData("LifecycleTests.Holds_a_basket_until_TearDown")]
    [InlineData("CollectTests.Keeps_a_basket_it_expected_collected")]
    [InlineData("CollectTests.Keeps_a_session_of_a_collected_type")]
    [InlineData("ParallelCleanTests.Stays_clean_while_the_other_leaks")]
    [InlineData("MarkedTests.Skipped_while_leaking")]
    public async Task A_test_that_leaves_nothing_undisposed_passes_at_the_dispose_level(string test) =>
        NUnitExpect.Passed(await NUnitSweepRuns.Default.SingleAsync(test));

    [Fact]
    public async Task A_resource_never_disposed_fails_the_test_naming_type_count_and_site()
    {
        var result = await NUnitSweepRuns.Default.SingleAsync("PlainTests.Leaves_a_resource_open");

        NUnitExpect.LeakedWith(
            result,
            "LeakSweep (dispose): PlainTests.Leaves_a_resource_open left 1 object behind",
            "  1 Resource created at SweepCode.LeaveOpen() in SweepCode.cs:",
            ", called from PlainTests.Leaves_a_resource_open() in PlainTests.cs:",
            ", never disposed");
        var report = Assert.Single(result.Attachments);
        Assert.EndsWith("PlainTests.Leaves_a_resource_open.sweep.txt", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_undisposed_one_of_two_is_named() =>
        NUnitExpect.LeakedWith(
            await NUnitSweepRuns.Default.SingleAsync("PlainTests.Leaves_one_of_two_open"),
            "left 1 object behind",
            "1 Resource created at SweepCode.LeaveOneOfTwoOpen()");

    [Fact]
    public async Task A_lease_never_released_fails_as_never_released() =>
        NUnitExpect.LeakedWith(await NUnitSweepRuns.Default.SingleAsync("PlainTests.Keeps_its_lease"), "1 Basket created at SweepCode.LeaseAndKeep()", ", never released");

    [Fact]
    public async Task Each_test_case_is_judged_on_its_own() =>
        NUnitExpect.LeakedWith(await NUnitSweepRuns.Default.SingleAsync("PlainTests.Row_leaks_when_asked(True)"), "PlainTests.Row_leaks_when_asked(True) left 1 object behind");

    [Fact]
    public async Task A_test_failing_on_its_own_keeps_its_own_failure()
    {
        var result = await NUnitSweepRuns.Default.SingleAsync("PlainTests.Fails_on_its_own_and_leaks");

        Assert.Equal("Failed", result.Result);
        Assert.Contains("the test's own failure", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LeakSweep", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tests_in_parallel_fixtures_are_not_blamed_for_each_other()
    {
        NUnitExpect.LeakedWith(await NUnitSweepRuns.Default.SingleAsync("ParallelLeakingTests.Leaks_while_the_other_runs"), "left 1 object behind");
        NUnitExpect.Passed(await NUnitSweepRuns.Default.SingleAsync("ParallelCleanTests.Stays_clean_while_the_other_leaks"));
    }

    [Theory]
    [InlineData("AloneTests.Leaves_one_open_outside_its_flow_alone")]
    [InlineData("NonParallelizableTests.Leaves_one_open_outside_its_flow_alone")]
    public async Task What_a_test_NUnit_runs_alone_registers_outside_its_flow_is_its_own(string test) =>
        NUnitExpect.LeakedWith(await NUnitSweepRuns.Default.SingleAsync(test), "1 Resource created at lambda in SweepCode.LeaveOpenOffFlow");

    [Theory]
    [InlineData("FixtureTests.Runs_in_a_fixture_that_left_one_open")]
    [InlineData("AsyncFixtureTests.Uses_the_fixtures_resource")]
    public async Task What_a_fixture_leaves_open_is_blamed_on_none_of_its_tests(string test)
    {
        var result = await NUnitSweepRuns.Default.SingleAsync(test);

        NUnitExpect.Passed(result);
        Assert.DoesNotContain("LeakSweep (", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fixtures_leak_fails_the_assemblys_tear_down_naming_the_fixture_and_where_it_opened_it()
    {
        var failure = (await NUnitSweepRuns.Default).AssemblyFailure;

        Fragments.InOrder(
            "the assembly's failure",
            failure,
            [
                "LeakSweep (dispose): AsyncFixtureTests (fixture) left 1 object behind",
                "1 Resource created at SweepCode.Open() in SweepCode.cs:",
                "called from AsyncFixtureTests.Open_one_after_an_await in FixtureTests.cs:",
                "LeakSweep (dispose): FixtureTests (fixture) left 1 object behind",
                "called from FixtureTests.Open_one_for_the_fixture_and_never_dispose_it()",
            ]);
    }

    [Fact]
    public async Task A_fixture_that_disposes_in_its_tear_down_or_its_own_disposal_is_clean()
    {
        var failure = (await NUnitSweepRuns.Default).AssemblyFailure;

        Assert.DoesNotContain("CleanFixtureTests", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("DisposableFixtureTests", failure, StringComparison.Ordinal);
        NUnitExpect.Passed(await NUnitSweepRuns.Default.SingleAsync("CleanFixtureTests.Uses_the_fixtures_resource"));
        NUnitExpect.Passed(await NUnitSweepRuns.Default.SingleAsync("DisposableFixtureTests.Uses_the_fixtures_resource"));
    }

    [Fact]
    public async Task An_expected_leak_is_reported_and_not_failed()
    {
        var result = await NUnitSweepRuns.Default.SingleAsync("MarkedTests.Expected_and_leaking");

        NUnitExpect.Passed(result);
        Assert.Contains("left 1 object behind, as [LeakSweepExpected] says (not failed): the export keeps its file open until #123 is fixed", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expected_leak_that_is_fixed_fails_so_the_marker_goes() =>
        NUnitExpect.LeakedWith(
            await NUnitSweepRuns.Default.SingleAsync("MarkedTests.Expected_but_fixed"),
            "MarkedTests.Expected_but_fixed is marked [LeakSweepExpected(\"fixed since\")] but left nothing behind: the leak is fixed, remove the marker");

    [Fact]
    public async Task A_skip_without_a_reason_fails_as_an_error_saying_so()
    {
        var result = await NUnitSweepRuns.Default.SingleAsync("MarkedTests.Skipped_without_a_reason");

        Assert.Equal(("Failed", "Error"), (result.Result, result.Label));
        Assert.Contains("[LeakSweepSkip] on MarkedTests.Skipped_without_a_reason has no reason", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_assembly_ends_with_a_summary_of_what_the_sweep_checked()
    {
        var run = await NUnitSweepRuns.Default;

        const string Summary = "LifetimeAssert sweep of LifetimeAssert.Sweep.NUnit.Scenarios (dispose, [assembly: LeakSweep]): 25 tests checked, 11 leaked, 1 exempt, 1 expected, 0 baselined, 1 failed on their own, 4 fixtures checked; ";

        // The off-flow test registered one object no test counts; what the fixtures registered is their own.
        const string NotCounted = "1 left to no test (static or lazy singletons), 1 registered outside every test's flow and not counted";
        Assert.Contains(Summary, run.AssemblyOutput, StringComparison.Ordinal);
        Assert.Contains(NotCounted, run.AssemblyOutput, StringComparison.Ordinal);
        Assert.Contains(Summary, run.Console, StringComparison.Ordinal);
        Assert.Contains("LifetimeAssert sweep of LifetimeAssert.Sweep.NUnit.Scenarios: dispose level ([assembly: LeakSweep]); hooks loaded: ", run.Console, StringComparison.Ordinal);
    }
}
