using LifetimeAssert.Scenarios;
using LifetimeAssert.Testing.Runner;

namespace LifetimeAssert.MSTest.Tests;

/// <summary>[AssertAllocations] under the real MSTest runner (scenarios in AllocationScenarios.cs of the scenario assembly).</summary>
[TestClass]
public sealed class AllocationAdapterTests
{
    private const string Folder = "LifetimeAssert.MSTest.Scenarios.";

    [TestMethod]
    public void A_test_over_budget_fails_with_every_run_and_the_median()
    {
        var result = ScenarioRun.Single("Allocations_OverBudget");

        Assert.AreEqual("Failed", result.Outcome, result.Message);
        Assert.StartsWith("AssertAllocations: over budget in AllocationScenarios.Allocations_OverBudget: median 8216 B per run > budget 4096 B", result.Message);
        Assert.Contains("[8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216] B, 12 measured after 3 warm-up", result.Message);
        Assert.Contains("on the running thread, GC.GetAllocatedBytesForCurrentThread()", result.Message);
        Assert.Contains("AssertAllocations: over budget", result.Output);
    }

    [TestMethod]
    public void Over_budget_attaches_its_report_as_a_file()
    {
        var result = ScenarioRun.Single("Allocations_OverBudget");

        const string Name = Folder + "AllocationScenarios.Allocations_OverBudget.allocations.txt";
        CollectionAssert.AreEqual(new[] { Name }, result.ResultFiles.Select(Path.GetFileName).ToArray());
        var written = Path.Combine(Path.GetDirectoryName(ScenarioRun.AssemblyPath)!, "TestResults", "LifetimeAssert", Name);
        Assert.AreEqual(result.Message, File.ReadAllText(written));
    }

    [TestMethod]
    public void A_test_within_budget_passes_and_writes_its_report()
    {
        var result = ScenarioRun.Single("Allocations_WithinBudget");

        Assert.AreEqual("Passed", result.Outcome, result.Message);
        Assert.Contains($"AssertAllocations: within budget in AllocationScenarios.Allocations_WithinBudget: median {512 + Allocating.ArrayOverhead} B per run <= budget 4096 B", result.Output);
        Assert.IsEmpty(result.ResultFiles);
    }

    [TestMethod]
    [DataRow("Allocations_Nothing")]
    [DataRow("Allocations_Async_WithoutYield_Nothing")]
    public void The_adapter_adds_nothing_of_its_own_to_a_run(string name)
    {
        // The adapter invokes the test method itself, not through MSTest's invocation: an empty test measures 0 B per run.
        var result = ScenarioRun.Single(name);

        Assert.AreEqual("Passed", result.Outcome, result.Message);
        Assert.Contains("median 0 B per run <= budget 1 B", result.Output);
        Assert.Contains("on the running thread", result.Output);
    }

    [TestMethod]
    public void TestInitialize_and_TestCleanup_run_outside_the_measured_runs()
    {
        var result = ScenarioRun.Single("Allocations_InitializeAndCleanupNotCounted");

        Assert.AreEqual("Passed", result.Outcome, result.Message);
        Assert.Contains("median 0 B per run <= budget 1 B", result.Output);
    }

    [TestMethod]
    public void Each_data_row_is_judged_on_its_own()
    {
        var small = ScenarioRun.Single("Allocations_Rows (512)");
        Assert.AreEqual("Passed", small.Outcome, small.Message);
        Assert.Contains($"within budget in AllocationScenarios.Allocations_Rows(512): median {512 + Allocating.ArrayOverhead} B per run", small.Output);

        var large = ScenarioRun.Single("Allocations_Rows (8192)");
        Assert.AreEqual("Failed", large.Outcome, large.Message);
        Assert.StartsWith("AssertAllocations: over budget in AllocationScenarios.Allocations_Rows(8192): median 8216 B per run > budget 4096 B", large.Message);
    }

    [TestMethod]
    public void An_async_test_that_yields_is_measured_process_wide_alone_under_DoNotParallelize()
    {
        var result = ScenarioRun.Single("Allocations_Async_OverBudget");

        Assert.AreEqual("Failed", result.Outcome, result.Message);
        Assert.StartsWith("AssertAllocations: over budget in ProcessWideAllocationScenarios.Allocations_Async_OverBudget", result.Message);
        Assert.Contains("process-wide (a run awaited something incomplete)", result.Message);
        Assert.DoesNotContain("warning", result.Message);
    }

    [TestMethod]
    public void An_async_test_that_yields_without_DoNotParallelize_warns()
    {
        // MSTest cannot run a test alone from an attribute: without [DoNotParallelize] the report says so.
        var result = ScenarioRun.Single("Allocations_Async_NotAlone");

        Assert.AreEqual("Failed", result.Outcome, result.Message);
        Assert.Contains("process-wide (a run awaited something incomplete)", result.Message);
        Assert.Contains("warning   the check was not declared to run alone", result.Message);
    }

    [TestMethod]
    public void Invalid_options_fail_before_running_with_every_problem()
    {
        var result = ScenarioRun.Single("Allocations_InvalidOptions");

        Assert.AreEqual("Failed", result.Outcome);
        Assert.StartsWith("Invalid allocation check options:", result.Message);
        Assert.Contains("MaxBytesPerRun is not set; set the budget in bytes per run, for example MaxBytesPerRun = 4096.", result.Message);
        Assert.Contains("Iterations is 0; it must be between 1 and 100000.", result.Message);
    }

    [TestMethod]
    public void Beside_AssertNoLeak_the_leak_check_runs_first_and_a_leak_stops_there()
    {
        var result = ScenarioRun.Single("Allocations_BesideLeakCheck_Leaking");

        Assert.AreEqual("Failed", result.Outcome);
        Assert.StartsWith("AssertNoLeak: 1 leak in AllocationScenarios.Allocations_BesideLeakCheck_Leaking", result.Message);
        Assert.DoesNotContain("AssertAllocations", result.Output);
        CollectionAssert.AreEquivalent(
            new[] { Folder + "AllocationScenarios.Allocations_BesideLeakCheck_Leaking.leak.txt", Folder + "AllocationScenarios.Allocations_BesideLeakCheck_Leaking.leak.svg" },
            result.ResultFiles.Select(Path.GetFileName).ToArray());
    }

    [TestMethod]
    public void Beside_AssertNoLeak_both_checks_run_when_there_is_no_leak()
    {
        var result = ScenarioRun.Single("Allocations_BesideLeakCheck_OverBudget");

        Assert.AreEqual("Failed", result.Outcome);
        Assert.StartsWith("AssertAllocations: over budget in AllocationScenarios.Allocations_BesideLeakCheck_OverBudget: median 24 B per run > budget 16 B", result.Message);
        Assert.Contains("AssertNoLeak: no leak in AllocationScenarios.Allocations_BesideLeakCheck_OverBudget", result.Output);
    }

    [TestMethod]
    public void A_class_attribute_gives_every_test_a_budget_and_the_method_attribute_wins()
    {
        var classLevel = ScenarioRun.Single("ClassLevel_Allocations_OverBudget");
        Assert.AreEqual("Failed", classLevel.Outcome);
        Assert.StartsWith("AssertAllocations: over budget in ClassLevelAllocationScenarios.ClassLevel_Allocations_OverBudget: median 8216 B per run > budget 4096 B", classLevel.Message);

        var overridden = ScenarioRun.Single("ClassLevel_Allocations_MethodOverrides");
        Assert.AreEqual("Passed", overridden.Outcome, overridden.Message);
        Assert.Contains("median 8216 B per run <= budget 100000 B", overridden.Output);
        Assert.Contains("5 measured after 3 warm-up", overridden.Output);
    }

    [TestMethod]
    [DataRow("PlainTestClass_Allocations", "UncheckedAllocationScenarios")]
    [DataRow("PlainTestClass_ClassLevel_Allocations", "UncheckedClassLevelAllocationScenarios")]
    public void A_budget_in_a_plain_TestClass_fails_and_names_the_fix(string name, string testClass)
    {
        var result = ScenarioRun.Single(name);
        Assert.AreEqual("Failed", result.Outcome, result.Message);
        Assert.Contains($"[AssertAllocations] did not take effect on {testClass}.{name}", result.Message);
        Assert.Contains($"Replace [TestClass] with [LeakTestClass] on {testClass}.", result.Message);
    }
}
