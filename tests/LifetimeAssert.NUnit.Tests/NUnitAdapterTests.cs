using System.Reflection;
using System.Text.RegularExpressions;
using LifetimeAssert.Scenarios;
using NUnit.Framework;

namespace LifetimeAssert.NUnit.Tests;

/// <summary>
/// The real NUnit runner executes the scenario assembly; every test's outcome and message must match the shared
/// catalog's expectation.
/// </summary>
public sealed class NUnitAdapterTests
{
    public static IEnumerable<string> CatalogScenarios() => Catalog.All.Concat(Catalog.ProcessWide).Select(s => s.Name);

    [TestCaseSource(nameof(CatalogScenarios))]
    public void Catalog_scenario_gets_its_expected_outcome(string name)
    {
        var scenario = Catalog.Find(name);
        ExpectOutcome(ScenarioRun.Single(name), scenario.Expected, scenario.MustMention);
    }

    [TestCaseSource(nameof(CatalogScenarios))]
    public void Catalog_scenario_has_the_catalog_options_on_its_attributes(string name)
    {
        var scenario = Catalog.Find(name);
        var assembly = Assembly.LoadFrom(ScenarioRun.AssemblyPath);
        Assert.That(ScenarioAttributes.Differences(scenario, ScenarioAttributes.MethodOf(assembly, scenario)), Is.Empty);
    }

    [Test]
    public void Scenario_run_fails_because_some_tests_fail_on_purpose() =>
        Assert.That(ScenarioRun.ExitCode, Is.EqualTo(2));

    [TestCase(1, Expected.Pass)]
    [TestCase(2, Expected.Leak)]
    [TestCase(3, Expected.Pass)]
    public void Each_test_case_is_a_result_of_its_own(int id, Expected expected)
    {
        var result = ScenarioRun.Single($"Rows({id})");
        ExpectOutcome(result, expected, expected == Expected.Leak ? "CatalogScenarios.Rows(2)" : string.Empty);
    }

    [TestCase(1, Expected.Pass)]
    [TestCase(2, Expected.Leak)]
    [TestCase(3, Expected.Pass)]
    public void Each_async_test_case_source_row_is_a_result_of_its_own(int id, Expected expected)
    {
        var result = ScenarioRun.Single($"SourcedRows({id})");
        ExpectOutcome(result, expected, expected == Expected.Leak ? "CatalogScenarios.SourcedRows(2)" : string.Empty);
    }

    [Test]
    public void Tests_in_parallel_fixtures_do_not_blame_each_other()
    {
        ExpectOutcome(ScenarioRun.Single("Parallel_Leaking"), Expected.Leak, "Session");
        ExpectOutcome(ScenarioRun.Single("Parallel_Clean"), Expected.Pass, string.Empty);
    }

    [Test]
    public void Class_attribute_checks_every_test_and_method_settings_win()
    {
        ExpectOutcome(ScenarioRun.Single("ClassLevel_Leaking"), Expected.Leak, "8 samples x 2 runs");
        ExpectOutcome(ScenarioRun.Single("ClassLevel_MethodOverrides_Leaking"), Expected.Leak, "6 samples x 1 runs");
    }

    [Test]
    public void A_class_level_check_hidden_by_another_method_wrapper_fails_saying_so()
    {
        var hidden = ScenarioRun.Single("HiddenByOtherWrapper_Leaking");
        Assert.Multiple(() =>
        {
            Assert.That(hidden.Result, Is.EqualTo("Failed"));
            Assert.That(hidden.Message, Does.Contain("[AssertNoLeak] did not take effect"));
            Assert.That(hidden.Message, Does.Contain("Put [AssertNoLeak] on the method too."));
        });
        ExpectOutcome(ScenarioRun.Single("RepeatedOnMethod_Leaking"), Expected.Leak, "Session");
    }

    [Test]
    public void Assembly_attribute_sets_defaults_only()
    {
        // [assembly: AssertNoLeak(Iterations = 16)] gives 8 samples; the plain test still runs once and passes.
        ExpectOutcome(ScenarioRun.Single("CatalogScenarios.StaticList_Leaking"), Expected.Leak, "8 samples x 2 runs");
        ExpectOutcome(ScenarioRun.Single("Plain_RunsOnce"), Expected.Pass, string.Empty);
    }

    [Test]
    public void Invalid_options_fail_before_running_with_every_problem()
    {
        var result = ScenarioRun.Single("InvalidOptions");
        Assert.Multiple(() =>
        {
            Assert.That((result.Result, result.Label), Is.EqualTo(("Failed", "Error")));
            Assert.That(result.Message, Does.StartWith("Invalid leak check options:"));
            Assert.That(result.Message, Does.Contain("Iterations is 0"));
            Assert.That(result.Message, Does.Contain("Warmup is -1"));
            Assert.That(result.Message, Does.Contain("Int32 is a value type"));
        });
    }

    [Test]
    public void Census_without_its_package_says_which_package_to_add()
    {
        var result = ScenarioRun.Single("CensusWithoutPackage");
        Assert.That((result.Result, result.Label), Is.EqualTo(("Failed", "Error")));
        Assert.That(result.Message, Does.Contain("LifetimeAssert.HeapCensus"));
    }

    [Test]
    public void An_unknown_probe_member_says_what_to_add()
    {
        var result = ScenarioRun.Single("UnknownProbeMember");
        Assert.That((result.Result, result.Label), Is.EqualTo(("Failed", "Error")));
        Assert.That(result.Message, Does.Contain("Probes names \"NoSuchMember\", but PlainScenarios has no property, field or parameterless method of that name"));
    }

    [Test]
    public void A_leak_attaches_its_report()
    {
        var leaking = ScenarioRun.Single("CatalogScenarios.StaticList_Leaking");
        var clean = ScenarioRun.Single("CatalogScenarios.StaticList_Clean");

        Assert.That(leaking.Attachments, Has.Count.EqualTo(2));
        Assert.That(File.ReadAllText(leaking.Attachments[0]), Is.EqualTo(leaking.Message));
        Assert.That(File.ReadAllText(leaking.Attachments[1]), Does.StartWith("<svg").And.Contain("Session (Leaking)"));
        Assert.That(clean.Attachments, Is.Empty);
    }

    [Test]
    public void Leak_message_names_type_site_and_flat_probes()
    {
        var message = ScenarioRun.Single("CatalogScenarios.StaticList_Leaking").Message;
        Assert.Multiple(() =>
        {
            Assert.That(message, Does.Match(@"^AssertNoLeak: 1 leak in CatalogScenarios\.StaticList_Leaking \(warm-up 3, 8 samples x 2 runs, \d+ runs in all\)"));
            Assert.That(message, Does.Match(@"Session +grew \[6, 6, 6, 6, 6, 6, 6, 6\] per 6 runs +live \d+ -> \d+ +\+1/run"));
            Assert.That(message, Does.Contain("created at Code.StaticList.Leaking() in Code.cs:"));
            Assert.That(message, Does.Contain("reported: timers [0,0,0,0,0,0,0,0]"));
        });
    }

    [TestCase("SetUpAndTearDown_RunOnce")]
    [TestCase("AssertPass_KeepsRunning")]
    public void SetUp_and_TearDown_run_once_around_every_run_of_the_body(string name)
    {
        var result = ScenarioRun.Single(name);
        ExpectOutcome(result, Expected.Pass, string.Empty);

        // The report on the output says how many runs the engine made; TearDown prints how many the body saw.
        var runs = Regex.Match(result.Output, @"(\d+) runs in all");
        Assert.That(runs.Success, Is.True, result.Output);
        Assert.That(result.Output, Does.Contain($"setup=1 body={runs.Groups[1].Value} teardown=1"));
    }

    [Test]
    public void Failing_body_stops_the_check_and_is_reported_as_itself()
    {
        var result = ScenarioRun.Single("BodyAssertion_FailsOnFifth");
        Assert.Multiple(() =>
        {
            Assert.That((result.Result, result.Label), Is.EqualTo(("Failed", (string?)null)));
            Assert.That(result.Message, Does.Contain("body assertion"));
            Assert.That(result.Message, Does.Not.Contain("AssertNoLeak"));
            Assert.That(result.Output, Does.Contain("setup=1 body=5 teardown=1"));
        });
    }

    private static void ExpectOutcome(ScenarioResult result, Expected expected, string mustMention)
    {
        switch (expected)
        {
            case Expected.Pass:
                // A passing check writes its report to the test output: what it says must hold as well.
                Assert.That(result.Result, Is.EqualTo("Passed"), $"{result.FullName} should pass but: {result.Message}");
                Assert.That(result.Output, Does.Contain(mustMention));
                if (!mustMention.Contains("checks nothing", StringComparison.Ordinal))
                {
                    Assert.That(result.Output, Does.Not.Contain("checks nothing"));
                }

                return;
            case Expected.Throws:
                Assert.That((result.Result, result.Label), Is.EqualTo(("Failed", "Error")), result.Message);
                Assert.That(result.Message, Does.StartWith(typeof(InvalidOperationException).FullName + " : "));
                break;
            default:
                // An assertion failure (no "Error" label) whose message is the report.
                Assert.That((result.Result, result.Label), Is.EqualTo(("Failed", (string?)null)), result.Message);
                Assert.That(result.Message, Does.StartWith(Headline(expected)));
                break;
        }

        Assert.That(result.Message, Does.Contain(mustMention));
    }

    private static string Headline(Expected expected) => expected switch
    {
        Expected.Leak => "AssertNoLeak: 1 leak in ",
        Expected.Inconclusive => "AssertNoLeak: inconclusive for ",
        _ => "AssertNoLeak: nothing checked in ",
    };
}
