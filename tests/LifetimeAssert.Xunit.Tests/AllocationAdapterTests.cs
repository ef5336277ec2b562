using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Xunit.Tests;

/// <summary>[AssertAllocations] under the real xUnit v3 runner (scenarios in AllocationScenarios of the scenario assembly).</summary>
public sealed class AllocationAdapterTests
{
    private const string OverBudget = "LifetimeAssert.AllocationBudgetExceededException";

    private static XunitScenarioRun ScenarioRun => XunitScenarioRun.For(ScenarioAssembly.PathRecordedIn(typeof(AllocationAdapterTests).Assembly));

    [Fact]
    public async Task A_test_over_budget_fails_with_every_run_and_the_median()
    {
        var result = await ScenarioRun.SingleAsync("Allocations_OverBudget");

        Assert.Equal("Fail", result.Outcome);
        Assert.Equal(OverBudget, result.ExceptionType);
        Assert.Contains("AssertAllocations: over budget in AllocationScenarios.Allocations_OverBudget: median 8216 B per run > budget 4096 B", result.Message, StringComparison.Ordinal);
        Assert.Contains("[8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216] B, 12 measured after 3 warm-up", result.Message, StringComparison.Ordinal);
        Assert.Contains("on the running thread, GC.GetAllocatedBytesForCurrentThread()", result.Message, StringComparison.Ordinal);
        Assert.Equal(["lifetimeassert-allocations"], result.Attachments);
    }

    [Fact]
    public async Task A_test_within_budget_passes_and_writes_its_report()
    {
        var result = await ScenarioRun.SingleAsync("Allocations_WithinBudget");

        Assert.True(result.Outcome == "Pass", result.Message);
        Assert.Contains($"AssertAllocations: within budget in AllocationScenarios.Allocations_WithinBudget: median {512 + Allocating.ArrayOverhead} B per run <= budget 4096 B", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Attachments);
    }

    [Fact]
    public async Task The_adapter_adds_nothing_of_its_own_to_a_run()
    {
        // The test method is invoked directly, as xUnit invokes it: an empty test measures 0 B per run.
        var result = await ScenarioRun.SingleAsync("Allocations_Nothing");

        Assert.True(result.Outcome == "Pass", result.Message);
        Assert.Contains("median 0 B per run <= budget 1 B", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_async_test_that_yields_is_measured_process_wide_alone()
    {
        var result = await ScenarioRun.SingleAsync("Allocations_Async_OverBudget");

        Assert.Equal(OverBudget, result.ExceptionType);
        Assert.Contains("process-wide (a run awaited something incomplete)", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_options_fail_before_running_with_every_problem()
    {
        var result = await ScenarioRun.SingleAsync("Allocations_InvalidOptions");

        Assert.Equal(typeof(LeakConfigurationException).FullName, result.ExceptionType);
        Assert.Contains("MaxBytesPerRun is not set; set the budget in bytes per run, for example MaxBytesPerRun = 4096.", result.Message, StringComparison.Ordinal);
        Assert.Contains("Iterations is 0; it must be between 1 and 100000.", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beside_AssertNoLeak_the_leak_check_runs_first_and_a_leak_stops_there()
    {
        var result = await ScenarioRun.SingleAsync("Allocations_BesideLeakCheck_Leaking");

        Assert.Equal(typeof(LeakDetectedException).FullName, result.ExceptionType);
        Assert.Contains("AssertNoLeak: 1 leak in AllocationScenarios.Allocations_BesideLeakCheck_Leaking", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AssertAllocations", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beside_AssertNoLeak_both_checks_run_when_there_is_no_leak()
    {
        var result = await ScenarioRun.SingleAsync("Allocations_BesideLeakCheck_OverBudget");

        Assert.Equal(OverBudget, result.ExceptionType);
        Assert.Contains("AssertAllocations: over budget in AllocationScenarios.Allocations_BesideLeakCheck_OverBudget: median 24 B per run > budget 16 B", result.Message, StringComparison.Ordinal);
        Assert.Contains("AssertNoLeak: no leak in AllocationScenarios.Allocations_BesideLeakCheck_OverBudget", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_class_attribute_gives_every_test_a_budget_and_the_method_attribute_wins()
    {
        var classLevel = await ScenarioRun.SingleAsync("ClassLevel_Allocations_OverBudget");
        Assert.Equal(OverBudget, classLevel.ExceptionType);
        Assert.Contains("median 8216 B per run > budget 4096 B", classLevel.Message, StringComparison.Ordinal);

        var overridden = await ScenarioRun.SingleAsync("ClassLevel_Allocations_MethodOverrides");
        Assert.True(overridden.Outcome == "Pass", overridden.Message);
        Assert.Contains("median 8216 B per run <= budget 100000 B", overridden.Output, StringComparison.Ordinal);
        Assert.Contains("5 measured after 3 warm-up", overridden.Output, StringComparison.Ordinal);
    }
}
