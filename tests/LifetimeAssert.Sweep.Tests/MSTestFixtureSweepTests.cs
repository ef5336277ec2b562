namespace LifetimeAssert.Sweep.Tests;

/// <summary>
/// What MSTest's [AssemblyInitialize] and [ClassInitialize] register is their fixture's: judged when the run ends, after
/// every cleanup, each leaking fixture is a failed result of its own naming the fixture, and its tests keep their own
/// results. (The platform extension judges them: LifetimeAssert.MSTest depends on it.)
/// </summary>
[Collection("MSTest sweep")]
public sealed class MSTestFixtureSweepTests
{
    [Fact]
    public async Task A_class_fixture_that_never_disposes_fails_a_result_of_its_own_naming_type_count_and_site() =>
        MSTestExpect.FixtureLeakedWith(
            await MSTestSweepRuns.Default.FixtureAsync("FixtureTests (class fixture)"),
            "FixtureTests (class fixture)",
            "left 1 object behind",
            "  1 Resource created at SweepCode.LeaveOpen() in SweepCode.cs:",
            ", called from FixtureTests.Open_one_for_the_class_and_never_dispose_it(TestContext) in FixtureTests.cs:",
            ", never disposed");

    [Fact]
    public async Task What_an_async_ClassInitialize_opens_after_an_await_is_its_fixtures() =>
        MSTestExpect.FixtureLeakedWith(
            await MSTestSweepRuns.Default.FixtureAsync("AsyncFixtureTests (class fixture)"),
            "AsyncFixtureTests (class fixture)",
            "left 1 object behind",
            "1 Resource created at SweepCode.Open() in SweepCode.cs:",
            ", called from AsyncFixtureTests.Open_one_after_an_await in FixtureTests.cs:");

    [Fact]
    public async Task What_an_async_helper_of_ClassInitialize_opens_after_its_own_await_is_the_fixtures() =>
        MSTestExpect.FixtureLeakedWith(
            await MSTestSweepRuns.Default.FixtureAsync("HelperFixtureTests (class fixture)"),
            "HelperFixtureTests (class fixture)",
            "left 1 object behind",
            "1 Resource created at SweepCode.Open() in SweepCode.cs:",
            ", called from HelperFixtureTests.OpenAfterAnAwait in FixtureTests.cs:");

    [Fact]
    public async Task The_assembly_fixture_that_never_disposes_fails_a_result_of_its_own() =>
        MSTestExpect.FixtureLeakedWith(
            await MSTestSweepRuns.Default.FixtureAsync("LifetimeAssert.Sweep.MSTest.Scenarios (assembly fixture)"),
            "LifetimeAssert.Sweep.MSTest.Scenarios (assembly fixture)",
            "left 1 object behind",
            "1 Resource created at SweepCode.Open() in SweepCode.cs:",
            ", called from FixtureTests.Open_one_for_the_assembly(TestContext) in FixtureTests.cs:");

    [Fact]
    public async Task A_class_fixture_that_disposes_in_ClassCleanup_is_clean()
    {
        var run = await MSTestSweepRuns.Default;

        Assert.Null(await MSTestSweepRuns.Default.FixtureAsync("CleanFixtureTests (class fixture)"));
        Assert.DoesNotContain("CleanFixtureTests (class fixture)", run.Console, StringComparison.Ordinal);
        Assert.Contains("5 fixtures checked", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_assembly_fixture_that_disposes_in_AssemblyCleanup_is_clean()
    {
        var run = MSTestSweepRuns.Run(("SWEEP_SCENARIO_ASSEMBLY_FIXTURE", "clean"));

        Assert.Null(await run.FixtureAsync("LifetimeAssert.Sweep.MSTest.Scenarios (assembly fixture)"));
        MSTestExpect.FixtureLeakedWith(await run.FixtureAsync("FixtureTests (class fixture)"), "FixtureTests (class fixture)", "left 1 object behind");
    }

    [Theory]
    [InlineData("FixtureTests.Runs_in_a_class_that_left_one_open")]
    [InlineData("AsyncFixtureTests.Uses_the_fixtures_resource")]
    [InlineData("HelperFixtureTests.Uses_the_fixtures_resource")]
    [InlineData("CleanFixtureTests.Uses_the_fixtures_resource")]
    public async Task A_fixtures_leak_is_blamed_on_none_of_its_tests(string test)
    {
        var result = await MSTestSweepRuns.Default.SingleAsync(test);

        MSTestExpect.Passed(result);
        Assert.DoesNotContain("LeakSweep (", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leaking_fixture_alone_fails_the_run_and_clean_fixtures_pass_it()
    {
        var leaking = await MSTestSweepRuns.OfClass("FixtureTests");
        var clean = await MSTestSweepRuns.OfClass("CleanFixtureTests", ("SWEEP_SCENARIO_ASSEMBLY_FIXTURE", "clean"));

        // The class's one test passes; its fixture and the assembly's fail the run.
        MSTestExpect.Passed(Assert.Single(leaking.Tests, r => r.ClassName != "LifetimeAssert.LeakSweep"));
        Assert.Equal(
            ["FixtureTests (class fixture)", "LifetimeAssert.Sweep.MSTest.Scenarios (assembly fixture)"],
            leaking.Tests.Where(r => r.Outcome == "Failed").Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2, leaking.ExitCode);
        MSTestExpect.Passed(Assert.Single(clean.Tests));
        Assert.Equal(0, clean.ExitCode);
    }

    [Theory]
    [InlineData("ByName")]
    [InlineData("Shuffled")]
    public async Task Each_order_gives_the_fixtures_the_same_verdicts(string order)
    {
        var run = MSTestSweepRuns.InOrder(order);

        MSTestExpect.FixtureLeakedWith(await run.FixtureAsync("FixtureTests (class fixture)"), "FixtureTests (class fixture)", "left 1 object behind");
        MSTestExpect.FixtureLeakedWith(await run.FixtureAsync("AsyncFixtureTests (class fixture)"), "AsyncFixtureTests (class fixture)", "left 1 object behind");
        MSTestExpect.FixtureLeakedWith(await run.FixtureAsync("HelperFixtureTests (class fixture)"), "HelperFixtureTests (class fixture)", "left 1 object behind");
        Assert.Null(await run.FixtureAsync("CleanFixtureTests (class fixture)"));
        MSTestExpect.Passed(await run.SingleAsync("FixtureTests.Runs_in_a_class_that_left_one_open"));
    }
}
