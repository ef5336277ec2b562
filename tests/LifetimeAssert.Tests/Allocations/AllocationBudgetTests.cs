using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests.Allocations;

/// <summary>The engine measures each run's bytes and judges their median against the budget.</summary>
public sealed class AllocationBudgetTests
{
    [Fact]
    public async Task A_synchronous_body_over_budget_fails_with_the_exact_median()
    {
        var report = await Leak.CheckAllocationsAsync(() => Allocating.Bytes(8192), o => o.MaxBytesPerRun(4096).Name("Build"), TestContext.Current.CancellationToken);

        Assert.False(report.Passed);
        Assert.Equal(AllocationMeasurement.CurrentThread, report.Measurement);
        Assert.Equal(8192 + Allocating.ArrayOverhead, report.MedianBytesPerRun);
        Assert.Equal(12, report.BytesPerRun.Count);
        Assert.All(report.BytesPerRun, b => Assert.Equal(8192 + Allocating.ArrayOverhead, b));
        // The meter's own cost is nothing; its sentinel (a byte array the counters must see in every run) is the calibration.
        Assert.Equal(AllocationMeter.KnownBytesPerRun + Allocating.ArrayOverhead, report.CalibrationBytesPerRun);
        var text = report.ToString();
        Assert.StartsWith("AssertAllocations: over budget in Build: median 8216 B per run > budget 4096 B", text, StringComparison.Ordinal);
        Assert.Contains("  runs      [8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216] B, 12 measured after 3 warm-up", text, StringComparison.Ordinal);
        Assert.Contains("GC.GetAllocatedBytesForCurrentThread() around each run: exact", text, StringComparison.Ordinal);
        var thrown = Assert.Throws<AllocationBudgetExceededException>(report.ThrowIfOverBudget);
        Assert.Equal(text, thrown.Message);
        Assert.Same(report, thrown.Report);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    public async Task A_synchronous_body_within_budget_passes(int length)
    {
        var report = await Leak.CheckAllocationsAsync(() => Allocating.Bytes(length), o => o.MaxBytesPerRun(4096), TestContext.Current.CancellationToken);

        Assert.True(report.Passed, report.ToString());
        Assert.Equal(length + Allocating.ArrayOverhead, report.MedianBytesPerRun);
        Assert.StartsWith($"AssertAllocations: within budget in AllocationBudgetTests.A_synchronous_body_within_budget_passes: median {length + 24} B per run <= budget 4096 B", report.ToString(), StringComparison.Ordinal);
        report.ThrowIfOverBudget();
    }

    [Fact]
    public void A_body_that_allocates_nothing_measures_zero()
    {
        var report = Leak.CheckAllocations(static () => { }, o => o.MaxBytesPerRun(1));

        Assert.True(report.Passed);
        Assert.All(report.BytesPerRun, b => Assert.Equal(0, b));
    }

    [Fact]
    public async Task An_async_body_that_never_yields_is_measured_exactly_on_the_thread()
    {
        var report = await Leak.CheckAllocationsAsync(() => Allocating.BytesWithoutYieldAsync(8192), o => o.MaxBytesPerRun(4096), TestContext.Current.CancellationToken);

        Assert.Equal(AllocationMeasurement.CurrentThread, report.Measurement);
        Assert.Equal(8192 + Allocating.ArrayOverhead, report.MedianBytesPerRun);
        Assert.False(report.Passed);
    }

    [Fact]
    public async Task Warmup_runs_are_not_measured_and_iterations_are()
    {
        var runs = 0;
        var report = await Leak.CheckAllocationsAsync(() => { runs++; }, o => o.MaxBytesPerRun(100).Iterations(5).Warmup(2), TestContext.Current.CancellationToken);

        Assert.Equal(7, runs);
        Assert.Equal(5, report.BytesPerRun.Count);
        Assert.Equal(2, report.WarmupRuns);
    }

    [Fact]
    public async Task An_exception_from_the_body_is_reported_as_itself()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Leak.CheckAllocationsAsync(() => throw new InvalidOperationException("boom"), o => o.MaxBytesPerRun(100), TestContext.Current.CancellationToken));

        Assert.Equal("boom", error.Message);
    }

    [Theory]
    [InlineData(new long[] { 5 }, 5)]
    [InlineData(new long[] { 9, 1, 5 }, 5)]
    [InlineData(new long[] { 1, 2, 3, 10 }, 2)]
    [InlineData(new long[] { 4, 4, 7, 7 }, 5)]
    public void The_median_is_the_middle_run(long[] runs, long median) =>
        Assert.Equal(median, AllocationRules.MedianOf(runs));
}
