using LifetimeAssert.Scenarios;
using NUnit.Framework;

namespace LifetimeAssert.NUnit.Tests;

/// <summary>[AssertAllocations] under the real NUnit runner (scenarios in AllocationScenarios of the scenario assembly).</summary>
public sealed class AllocationAdapterTests
{
    [Test]
    public void A_test_over_budget_fails_with_every_run_and_the_median()
    {
        var result = ScenarioRun.Single("Allocations_OverBudget");

        // An assertion failure (no "Error" label) whose message is the report.
        Assert.That((result.Result, result.Label), Is.EqualTo(("Failed", (string?)null)), result.Message);
        Assert.That(result.Message, Does.StartWith("AssertAllocations: over budget in AllocationScenarios.Allocations_OverBudget: median 8216 B per run > budget 4096 B"));
        Assert.That(result.Message, Does.Contain("[8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216] B, 12 measured after 3 warm-up"));
        Assert.That(result.Message, Does.Contain("on the running thread, GC.GetAllocatedBytesForCurrentThread()"));
        Assert.That(result.Attachments, Has.Count.EqualTo(1).And.All.EndsWith(".allocations.txt"));
    }

    [Test]
    public void A_test_within_budget_passes_and_writes_its_report()
    {
        var result = ScenarioRun.Single("Allocations_WithinBudget");

        Assert.That(result.Result, Is.EqualTo("Passed"), result.Message);
        Assert.That(result.Output, Does.Contain($"AssertAllocations: within budget in AllocationScenarios.Allocations_WithinBudget: median {512 + Allocating.ArrayOverhead} B per run <= budget 4096 B"));
    }

    [Test]
    public void The_adapter_adds_nothing_of_its_own_to_a_run()
    {
        // The method is invoked directly, not through NUnit's test-method command (about 40 B of bookkeeping per call).
        var result = ScenarioRun.Single("Allocations_Nothing");

        Assert.That(result.Result, Is.EqualTo("Passed"), result.Message);
        Assert.That(result.Output, Does.Contain("median 0 B per run <= budget 1 B"));
    }

    [Test]
    public void An_async_test_that_yields_is_measured_process_wide_alone()
    {
        var result = ScenarioRun.Single("Allocations_Async_OverBudget");

        Assert.That((result.Result, result.Label), Is.EqualTo(("Failed", (string?)null)), result.Message);
        Assert.That(result.Message, Does.Contain("process-wide (a run awaited something incomplete)"));
        Assert.That(result.Message, Does.Not.Contain("warning"));
    }

    [Test]
    public void Invalid_options_fail_before_running_with_every_problem()
    {
        var result = ScenarioRun.Single("Allocations_InvalidOptions");

        Assert.That((result.Result, result.Label), Is.EqualTo(("Failed", "Error")));
        Assert.That(result.Message, Does.Contain("MaxBytesPerRun is not set; set the budget in bytes per run, for example MaxBytesPerRun = 4096."));
        Assert.That(result.Message, Does.Contain("Iterations is 0; it must be between 1 and 100000."));
    }

    [Test]
    public void Beside_AssertNoLeak_the_leak_check_runs_first_and_a_leak_stops_there()
    {
        var result = ScenarioRun.Single("Allocations_BesideLeakCheck_Leaking");

        Assert.That(result.Message, Does.StartWith("AssertNoLeak: 1 leak in AllocationScenarios.Allocations_BesideLeakCheck_Leaking"));
        Assert.That(result.Output, Does.Not.Contain("AssertAllocations"));
    }

    [Test]
    public void Beside_AssertNoLeak_both_checks_run_when_there_is_no_leak()
    {
        var result = ScenarioRun.Single("Allocations_BesideLeakCheck_OverBudget");

        Assert.That(result.Message, Does.StartWith("AssertAllocations: over budget in AllocationScenarios.Allocations_BesideLeakCheck_OverBudget: median 24 B per run > budget 16 B"));
        Assert.That(result.Output, Does.Contain("AssertNoLeak: no leak in AllocationScenarios.Allocations_BesideLeakCheck_OverBudget"));
    }

    [Test]
    public void A_class_attribute_gives_every_test_a_budget_and_the_method_attribute_wins()
    {
        var classLevel = ScenarioRun.Single("ClassLevel_Allocations_OverBudget");
        Assert.That(classLevel.Message, Does.StartWith("AssertAllocations: over budget in ClassLevelAllocationScenarios.ClassLevel_Allocations_OverBudget: median 8216 B per run > budget 4096 B"));

        var overridden = ScenarioRun.Single("ClassLevel_Allocations_MethodOverrides");
        Assert.That(overridden.Result, Is.EqualTo("Passed"), overridden.Message);
        Assert.That(overridden.Output, Does.Contain("median 8216 B per run <= budget 100000 B"));
        Assert.That(overridden.Output, Does.Contain("5 measured after 3 warm-up"));
    }

    [Test]
    public void A_class_attribute_hidden_by_another_wrapper_fails_instead_of_passing_unchecked()
    {
        var result = ScenarioRun.Single("HiddenAllocations_OverBudget");

        Assert.That(result.Result, Is.EqualTo("Failed"));
        Assert.That(result.Message, Does.Contain("[AssertAllocations] did not take effect on LifetimeAssert.NUnit.Scenarios.ClassLevelAllocationScenarios.HiddenAllocations_OverBudget"));
    }
}
