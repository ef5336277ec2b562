using System.Reflection;
using System.Text.RegularExpressions;
using LifetimeAssert.Scenarios;
using LifetimeAssert.Testing.Runner;

[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]

namespace LifetimeAssert.MSTest.Tests;

/// <summary>
/// The real MSTest runner executes the scenario assembly; every test's outcome and message must match the shared
/// catalog's expectation.
/// </summary>
[TestClass]
public sealed class MSTestAdapterTests
{
    public static IEnumerable<object[]> CatalogScenarios() => Catalog.All.Concat(Catalog.ProcessWide).Select(s => new object[] { s.Name });

    [TestMethod, DynamicData(nameof(CatalogScenarios))]
    public void Catalog_scenario_gets_its_expected_outcome(string name)
    {
        var scenario = Catalog.Find(name);
        ExpectOutcome(ScenarioRun.Single(name), scenario.Expected, scenario.MustMention);
    }

    [TestMethod, DynamicData(nameof(CatalogScenarios))]
    public void Catalog_scenario_has_the_catalog_options_on_its_attributes(string name)
    {
        var scenario = Catalog.Find(name);
        var assembly = Assembly.LoadFrom(ScenarioRun.AssemblyPath);
        var differences = ScenarioAttributes.Differences(scenario, ScenarioAttributes.MethodOf(assembly, scenario));
        Assert.IsEmpty(differences, $"{name}: {string.Join("; ", differences)}");
    }

    [TestMethod]
    public void Scenario_run_fails_because_some_tests_fail_on_purpose() =>
        Assert.AreEqual(2, ScenarioRun.ExitCode);

    [TestMethod]
    [DataRow("Rows", 1, Expected.Pass)]
    [DataRow("Rows", 2, Expected.Leak)]
    [DataRow("Rows", 3, Expected.Pass)]
    [DataRow("AsyncRows", 1, Expected.Pass)]
    [DataRow("AsyncRows", 2, Expected.Leak)]
    [DataRow("AsyncRows", 3, Expected.Pass)]
    public void Each_data_row_is_judged_on_its_own(string method, int id, Expected expected)
    {
        var result = ScenarioRun.Single($"{method} ({id})");
        ExpectOutcome(result, expected, $"CatalogScenarios.{method}({id})");
    }

    [TestMethod]
    public void Class_attribute_checks_every_test_and_method_settings_win()
    {
        ExpectOutcome(ScenarioRun.Single("ClassLevel_Leaking"), Expected.Leak, "8 samples x 2 runs");
        ExpectOutcome(ScenarioRun.Single("ClassLevel_MethodOverrides_Leaking"), Expected.Leak, "6 samples x 1 runs");
    }

    [TestMethod]
    public void Assembly_attribute_sets_defaults_only()
    {
        // [assembly: AssertNoLeak(Iterations = 16)] gives 8 samples; the plain test still runs once and passes.
        ExpectOutcome(ScenarioRun.Single("CatalogScenarios.StaticList_Leaking"), Expected.Leak, "8 samples x 2 runs");
        var plain = ScenarioRun.Single("Plain_RunsOnce");
        Assert.AreEqual("Passed", plain.Outcome, plain.Message);
        Assert.DoesNotContain("AssertNoLeak", plain.Output);
    }

    [TestMethod]
    public void Invalid_options_fail_before_running_with_every_problem()
    {
        var result = ScenarioRun.Single("InvalidOptions");
        Assert.AreEqual("Failed", result.Outcome);
        Assert.StartsWith("Invalid leak check options:", result.Message);
        Assert.Contains("Iterations is 0", result.Message);
        Assert.Contains("Warmup is -1", result.Message);
        Assert.Contains("Int32 is a value type", result.Message);
    }

    [TestMethod]
    public void Census_without_its_package_says_which_package_to_add()
    {
        var result = ScenarioRun.Single("CensusWithoutPackage");
        Assert.AreEqual("Failed", result.Outcome);
        Assert.Contains("LifetimeAssert.HeapCensus", result.Message);
    }

    [TestMethod]
    public void An_unknown_probe_member_says_what_to_add()
    {
        var result = ScenarioRun.Single("UnknownProbeMember");
        Assert.AreEqual("Failed", result.Outcome);
        Assert.Contains("Probes names \"NoSuchMember\", but PlainScenarios has no property, field or parameterless method of that name", result.Message);
    }

    [TestMethod]
    public void A_leak_attaches_its_report_and_chart()
    {
        var leaking = ScenarioRun.Single("CatalogScenarios.StaticList_Leaking");
        var clean = ScenarioRun.Single("CatalogScenarios.StaticList_Clean");

        const string Name = "LifetimeAssert.MSTest.Scenarios.CatalogScenarios.StaticList_Leaking";
        CollectionAssert.AreEquivalent(new[] { Name + ".leak.txt", Name + ".leak.svg" }, leaking.ResultFiles.Select(Path.GetFileName).ToArray());
        var written = Path.Combine(Path.GetDirectoryName(ScenarioRun.AssemblyPath)!, "TestResults", "LifetimeAssert", Name);
        Assert.AreEqual(leaking.Message, File.ReadAllText(written + ".leak.txt"));
        Assert.StartsWith("<svg", File.ReadAllText(written + ".leak.svg"));
        Assert.Contains("Session (Leaking)", File.ReadAllText(written + ".leak.svg"));
        Assert.IsEmpty(clean.ResultFiles);
    }

    [TestMethod]
    public void Leak_message_names_type_site_and_flat_probes()
    {
        var message = ScenarioRun.Single("CatalogScenarios.StaticList_Leaking").Message;
        Assert.MatchesRegex(@"^AssertNoLeak: 1 leak in CatalogScenarios\.StaticList_Leaking \(warm-up 3, 8 samples x 2 runs, \d+ runs in all\)", message);
        Assert.MatchesRegex(@"Session +grew \[6, 6, 6, 6, 6, 6, 6, 6\] per 6 runs +live \d+ -> \d+ +\+1/run", message);
        Assert.Contains("created at Code.StaticList.Leaking() in Code.cs:", message);
        Assert.Contains("reported: timers [0,0,0,0,0,0,0,0]", message);
    }

    [TestMethod]
    public void Class_is_created_once_and_TestInitialize_and_TestCleanup_run_once_around_every_run()
    {
        var result = ScenarioRun.Single("Initialize_and_cleanup_run_once");
        ExpectOutcome(result, Expected.Pass, string.Empty);

        // The report says how many runs the engine made; TestCleanup writes how many the body saw.
        var runs = Regex.Match(result.Output, @"(\d+) runs in all");
        Assert.IsTrue(runs.Success, result.Output);
        Assert.Contains($"initialize=1 base-initialize=1 body={runs.Groups[1].Value} cleanup=1 instances=1", result.Output);
        Assert.Contains("base-cleanup=1", result.Output);
        Assert.Contains("disposed", result.Output);
    }

    [TestMethod]
    public void Failing_body_stops_the_check_and_is_reported_as_itself()
    {
        var result = ScenarioRun.Single("BodyAssertion_FailsOnFifth");
        Assert.AreEqual("Failed", result.Outcome);
        Assert.Contains("body assertion", result.Message);
        Assert.DoesNotContain("AssertNoLeak", result.Message);
        Assert.Contains("initialize=1 base-initialize=1 body=5 cleanup=1 instances=1", result.Output);
    }

    [TestMethod]
    public void Objects_created_off_the_tests_flow_count_when_it_does_not_parallelize() =>
        ExpectOutcome(ScenarioRun.Single("OffFlow_Leaking"), Expected.Leak, "registered outside the test's async flow, counted (the test ran alone)");

    [TestMethod]
    [DataRow("PlainTestClass_MethodLevel", "UncheckedScenarios")]
    [DataRow("PlainTestClass_ClassLevel (1)", "UncheckedClassLevelScenarios")]
    [DataRow("PlainTestClass_ClassLevel (2)", "UncheckedClassLevelScenarios")]
    public void A_checked_test_in_a_plain_TestClass_fails_and_names_the_fix(string name, string testClass)
    {
        var result = ScenarioRun.Single(name);
        Assert.AreEqual("Failed", result.Outcome, result.Message);
        Assert.Contains($"[AssertNoLeak] did not take effect on {testClass}.", result.Message);
        Assert.Contains($"Replace [TestClass] with [LeakTestClass] on {testClass}.", result.Message);
    }

    [TestMethod]
    public void A_test_without_the_attribute_in_a_plain_TestClass_passes() =>
        Assert.AreEqual("Passed", ScenarioRun.Single("PlainTestClass_NotChecked").Outcome);

    private static void ExpectOutcome(MSTestResult result, Expected expected, string mustMention)
    {
        switch (expected)
        {
            case Expected.Pass:
                // A passing check writes its report to the test output: what it says must hold as well.
                Assert.AreEqual("Passed", result.Outcome, $"{result.Name} should pass but: {result.Message}");
                Assert.Contains(mustMention, result.Output);
                if (!mustMention.Contains("checks nothing", StringComparison.Ordinal))
                {
                    Assert.DoesNotContain("checks nothing", result.Output);
                }

                return;
            case Expected.Throws:
                // The body's exception, untouched: its message and where it was thrown.
                Assert.AreEqual("Failed", result.Outcome, result.Message);
                Assert.AreEqual(mustMention, result.Message);
                Assert.Contains("Code.Throwing.Run()", result.StackTrace);
                return;
            default:
                Assert.AreEqual("Failed", result.Outcome, result.Message);
                Assert.StartsWith(Headline(expected), result.Message);
                Assert.Contains(mustMention, result.Message);
                return;
        }
    }

    private static string Headline(Expected expected) => expected switch
    {
        Expected.Leak => "AssertNoLeak: 1 leak in ",
        Expected.Inconclusive => "AssertNoLeak: inconclusive for ",
        _ => "AssertNoLeak: nothing checked in ",
    };
}
