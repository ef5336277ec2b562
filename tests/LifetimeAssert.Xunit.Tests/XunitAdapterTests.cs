using System.Reflection;
using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Xunit.Tests;

/// <summary>
/// The real xUnit v3 runner executes the scenario assembly; every test's outcome and message must match the
/// shared catalog's expectation.
/// </summary>
public sealed class XunitAdapterTests
{
    // One run of the scenario assembly for all tests here (runs are cached per path).
    private static XunitScenarioRun ScenarioRun => XunitScenarioRun.For(ScenarioAssembly.PathRecordedIn(typeof(XunitAdapterTests).Assembly));

    public static TheoryData<string> CatalogScenarios() => [.. Catalog.All.Concat(Catalog.ProcessWide).Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(CatalogScenarios))]
    public async Task Catalog_scenario_gets_its_expected_outcome(string name)
    {
        var scenario = Catalog.Find(name);
        var result = await ScenarioRun.SingleAsync(name);
        ExpectOutcome(result, scenario.Expected, scenario.MustMention);
    }

    [Theory]
    [MemberData(nameof(CatalogScenarios))]
    public void Catalog_scenario_has_the_catalog_options_on_its_attributes(string name)
    {
        var scenario = Catalog.Find(name);
        var assembly = Assembly.LoadFrom(ScenarioAssembly.PathRecordedIn(typeof(XunitAdapterTests).Assembly));
        var differences = ScenarioAttributes.Differences(scenario, ScenarioAttributes.MethodOf(assembly, scenario));
        Assert.True(differences.Count == 0, $"{name}: {string.Join("; ", differences)}");
    }

    [Theory]
    [InlineData(1, Expected.Pass)]
    [InlineData(2, Expected.Leak)]
    [InlineData(3, Expected.Pass)]
    public async Task Each_theory_row_is_a_result_of_its_own(int id, Expected expected)
    {
        var result = await ScenarioRun.SingleAsync($"Rows(id: {id})");
        ExpectOutcome(result, expected, expected == Expected.Leak ? "Rows(id: 2)" : string.Empty);
    }

    [Fact]
    public async Task Tests_in_parallel_collections_do_not_blame_each_other()
    {
        ExpectOutcome(await ScenarioRun.SingleAsync("Parallel_Leaking"), Expected.Leak, "Session");
        ExpectOutcome(await ScenarioRun.SingleAsync("Parallel_Clean"), Expected.Pass, string.Empty);
    }

    [Fact]
    public async Task Class_attribute_checks_every_test_and_method_settings_win()
    {
        var classLevel = await ScenarioRun.SingleAsync("ClassLevel_Leaking");
        ExpectOutcome(classLevel, Expected.Leak, "8 samples x 2 runs");
        var overridden = await ScenarioRun.SingleAsync("ClassLevel_MethodOverrides_Leaking");
        ExpectOutcome(overridden, Expected.Leak, "6 samples x 1 runs");
    }

    [Fact]
    public async Task The_test_timeout_covers_the_check()
    {
        ExpectOutcome(await ScenarioRun.SingleAsync("WithTimeout_Leaking"), Expected.Leak, "Session");
        var timedOut = await ScenarioRun.SingleAsync("TimeoutDuringCheck");
        Assert.Equal("Fail", timedOut.Outcome);
        Assert.Contains("Test execution timed out after 1000 milliseconds", timedOut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assembly_attribute_sets_defaults_only()
    {
        // [assembly: AssertNoLeak(Iterations = 16)] gives 8 samples; the plain test still runs once and passes.
        ExpectOutcome(await ScenarioRun.SingleAsync("CatalogScenarios.StaticList_Leaking"), Expected.Leak, "8 samples x 2 runs");
        ExpectOutcome(await ScenarioRun.SingleAsync("Plain_RunsOnce"), Expected.Pass, string.Empty);
    }

    [Fact]
    public async Task Invalid_options_fail_before_running_with_every_problem()
    {
        var result = await ScenarioRun.SingleAsync("InvalidOptions");
        Assert.Equal("Fail", result.Outcome);
        Assert.Equal(typeof(LeakConfigurationException).FullName, result.ExceptionType);
        Assert.Contains("Iterations is 0", result.Message, StringComparison.Ordinal);
        Assert.Contains("Warmup is -1", result.Message, StringComparison.Ordinal);
        Assert.Contains("Int32 is a value type", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Census_without_its_package_says_which_package_to_add()
    {
        var result = await ScenarioRun.SingleAsync("CensusWithoutPackage");
        Assert.Equal("Fail", result.Outcome);
        Assert.Contains("LifetimeAssert.HeapCensus", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_probe_member_says_what_to_add()
    {
        var result = await ScenarioRun.SingleAsync("UnknownProbeMember");
        Assert.Equal("Fail", result.Outcome);
        Assert.Equal(typeof(LeakConfigurationException).FullName, result.ExceptionType);
        Assert.Contains("Probes names \"NoSuchMember\", but PlainScenarios has no property, field or parameterless method of that name", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_check_attaches_its_report_and_chart()
    {
        var leaking = await ScenarioRun.SingleAsync("CatalogScenarios.StaticList_Leaking");
        var clean = await ScenarioRun.SingleAsync("CatalogScenarios.StaticList_Clean");

        Assert.Equal(["lifetimeassert-report", "lifetimeassert-chart.svg"], leaking.Attachments);
        Assert.Empty(clean.Attachments);
    }

    [Fact]
    public async Task A_failing_check_reports_the_time_it_took()
    {
        // The check's runs are part of the test's duration, failed or passed: CI dashboards sort by it.
        var leaking = await ScenarioRun.SingleAsync("CatalogScenarios.StaticList_Leaking");
        var clean = await ScenarioRun.SingleAsync("CatalogScenarios.StaticList_Clean");

        Assert.True(leaking.Seconds > 0, $"{leaking.Seconds} s");
        Assert.True(clean.Seconds > 0, $"{clean.Seconds} s");
    }

    [Fact]
    public async Task Leak_message_names_type_site_and_flat_probes()
    {
        var result = await ScenarioRun.SingleAsync("CatalogScenarios.StaticList_Leaking");
        Assert.Matches(@"AssertNoLeak: 1 leak in CatalogScenarios\.StaticList_Leaking \(warm-up 3, 8 samples x 2 runs, \d+ runs in all\)", result.Message);
        Assert.Matches(@"Session +grew \[6, 6, 6, 6, 6, 6, 6, 6\] per 6 runs +live \d+ -> \d+ +\+1/run", result.Message);
        Assert.Contains("created at Code.StaticList.Leaking() in Code.cs:", result.Message, StringComparison.Ordinal);
        Assert.Contains("reported: timers [0,0,0,0,0,0,0,0]", result.Message, StringComparison.Ordinal);
    }

    private static void ExpectOutcome(ScenarioResult result, Expected expected, string mustMention)
    {
        switch (expected)
        {
            case Expected.Pass:
                // A passing check writes its report to the test output: what it says must hold as well ("re-sampled",
                // "checks nothing" notes), and a pass that mentions nothing expected must not say it checked nothing.
                Assert.True(result.Outcome == "Pass", $"{result.Name} should pass but: {result.Message}");
                Assert.Contains(mustMention, result.Output, StringComparison.Ordinal);
                if (!mustMention.Contains("checks nothing", StringComparison.Ordinal))
                {
                    Assert.DoesNotContain("checks nothing", result.Output, StringComparison.Ordinal);
                }

                return;
            case Expected.Throws:
                Assert.Equal("Fail", result.Outcome);
                Assert.Equal(typeof(InvalidOperationException).FullName, result.ExceptionType);
                break;
            default:
                Assert.Equal("Fail", result.Outcome);
                Assert.Equal(typeof(LeakDetectedException).FullName, result.ExceptionType);
                Assert.Contains(Headline(expected), result.Message, StringComparison.Ordinal);
                break;
        }

        Assert.Contains(mustMention, result.Message, StringComparison.Ordinal);
    }

    private static string Headline(Expected expected) => expected switch
    {
        Expected.Leak => "AssertNoLeak: 1 leak in ",
        Expected.Inconclusive => "AssertNoLeak: inconclusive for ",
        _ => "AssertNoLeak: nothing checked in ",
    };
}
