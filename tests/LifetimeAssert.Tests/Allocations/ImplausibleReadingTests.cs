using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests.Allocations;

/// <summary>
/// An allocation check never passes on a reading that cannot be true (issue 19, part 8): the runtime's counters have
/// returned 0 at random on .NET 9/10 (dotnet/runtime#118826). Every run allocates a sentinel the counters must see, and
/// the thread's figure can never exceed the whole process's; a fake counter gives the readings the runtime has given.
/// </summary>
public sealed class ImplausibleReadingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Zero_readings_of_a_body_over_budget_are_inconclusive_never_a_pass()
    {
        var report = await Check(() => Allocating.Bytes(8192), budget: 4096, FakeAllocationCounters.AlwaysZero());

        Assert.Equal(AllocationVerdict.Inconclusive, report.Verdict);
        Assert.False(report.Passed);
        Assert.Equal(
            "17 of the 17 readings of GC.GetAllocatedBytesForCurrentThread() cannot be true (17 below the 256 B the meter itself allocates in every run; the least read 0 B): "
            + "the runtime's allocation counters have returned 0 at random (dotnet/runtime#118826), so the check does not judge the budget on them. "
            + "Run the test again; if it repeats, run it alone and without a CPU affinity of one core",
            report.InconclusiveReason);
        var text = report.ToString();
        Assert.StartsWith("AssertAllocations: inconclusive for Readings: median 0 B per run, budget 4096 B, not judged", text, StringComparison.Ordinal);
        Assert.Equal(text, Assert.Throws<AllocationBudgetExceededException>(report.ThrowIfOverBudget).Message);
    }

    [Fact]
    public async Task A_counter_that_stopped_moving_is_inconclusive()
    {
        var report = await Check(() => Allocating.Bytes(8192), budget: 4096, FakeAllocationCounters.Stuck());

        Assert.Equal(AllocationVerdict.Inconclusive, report.Verdict);
        Assert.StartsWith("17 of the 17 readings of GC.GetAllocatedBytesForCurrentThread() cannot be true (17 below the 256 B", report.InconclusiveReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zero_readings_in_most_measured_runs_are_inconclusive_though_the_median_would_pass()
    {
        // Reads: 3 warm-up and 5 calibration runs of two readings each, then the measured runs; the second reading of
        // 7 of the 12 measured runs is 0, so their bytes read negative and the median would be 0.
        var zeroed = Enumerable.Range(0, 7).Select(run => 16 + 1 + (2 * run)).ToHashSet();
        var report = await Check(() => Allocating.Bytes(8192), budget: 4096, new FakeAllocationCounters(zeroed.Contains));

        Assert.Equal(AllocationVerdict.Inconclusive, report.Verdict);
        Assert.StartsWith("7 of the 17 readings of GC.GetAllocatedBytesForCurrentThread() cannot be true (7 below the 256 B", report.InconclusiveReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_zero_reading_is_enough_to_withhold_a_pass()
    {
        var report = await Check(() => Allocating.Bytes(100), budget: 4096, new FakeAllocationCounters(read => read == 16 + 5));

        Assert.Equal(AllocationVerdict.Inconclusive, report.Verdict);
        Assert.StartsWith("1 of the 17 readings of GC.GetAllocatedBytesForCurrentThread() cannot be true (1 below the 256 B", report.InconclusiveReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_thread_reading_above_the_process_reading_is_inconclusive()
    {
        // All threads counted: each run reads the process counter, then the thread's. Zeroing a process reading after the
        // run makes that run's process figure negative, below the thread's, which it contains.
        var counters = new FakeAllocationCounters(read => read == (4 * 8) + 3);
        var options = new AllocationOptionsBuilder().MaxBytesPerRun(4096).CountAllThreads().Name("Readings").Build(EngineServices.None);

        var report = await new AllocationCheck(options, counters).RunAsync(CheckBody.From(() => Allocating.Bytes(100)), Context, Ct);

        Assert.Equal(AllocationVerdict.Inconclusive, report.Verdict);
        Assert.Contains("1 higher on the running thread than for the whole process, which includes it", report.InconclusiveReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8192, AllocationVerdict.OverBudget)]
    [InlineData(512, AllocationVerdict.WithinBudget)]
    [InlineData(0, AllocationVerdict.WithinBudget)]
    public async Task Plausible_readings_are_judged_on_the_budget(int length, AllocationVerdict expected)
    {
        var counters = FakeAllocationCounters.Runtime();

        var report = await Check(() => Allocating.Bytes(length), budget: 4096, counters);

        Assert.Equal(expected, report.Verdict);
        Assert.Null(report.InconclusiveReason);
        Assert.Equal(length + Allocating.ArrayOverhead, report.MedianBytesPerRun);
        Assert.Equal(2 * (3 + 5 + 12), counters.Reads);
    }

    [Fact]
    public async Task A_body_that_allocates_nothing_still_reads_plausibly_and_passes()
    {
        var report = await Check(static () => { }, budget: 1, FakeAllocationCounters.Runtime());

        Assert.Equal(AllocationVerdict.WithinBudget, report.Verdict);
        Assert.All(report.BytesPerRun, b => Assert.Equal(0, b));
        Assert.Equal(AllocationMeterSentinelBytes, report.KnownBytesPerRun);
    }

    [Fact]
    public async Task An_async_body_that_yields_is_checked_on_the_process_counter()
    {
        var options = new AllocationOptionsBuilder().MaxBytesPerRun(100_000).Name("Readings").Build(EngineServices.None);

        var zeroProcess = await new AllocationCheck(options, FakeAllocationCounters.AlwaysZero())
            .RunAsync(CheckBody.From(() => Allocating.BytesAfterYieldAsync(100)), Context, Ct);

        Assert.Equal(AllocationMeasurement.ProcessWide, zeroProcess.Measurement);
        Assert.Equal(AllocationVerdict.Inconclusive, zeroProcess.Verdict);
        Assert.Contains("GC.GetTotalAllocatedBytes(precise: true) cannot be true", zeroProcess.InconclusiveReason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_alone_refuses_a_zero_reading_whatever_the_budget()
    {
        var sample = new AllocationSample(0, 0, CompletedSynchronously: true);
        var known = new AllocationSample(300, 300, CompletedSynchronously: true);
        var record = new AllocationRecord([sample, known, known], [known], CountAllThreads: false, Overlapped: false, KnownBytesPerRun: 256);

        var decision = AllocationRules.Decide(record, maxBytesPerRun: long.MaxValue);

        Assert.Equal(AllocationVerdict.Inconclusive, decision.Verdict);
        Assert.Equal(new ImplausibleAllocationReadings(AllocationMeasurement.CurrentThread, 4, 1, 1, 0, 256, 0), decision.Inconclusive);
    }

    private const long AllocationMeterSentinelBytes = AllocationMeter.KnownBytesPerRun;

    private static CheckContext Context => CheckContext.ForCode("Readings", EngineServices.None);

    private static Task<AllocationReport> Check(Action body, long budget, FakeAllocationCounters counters) =>
        new AllocationCheck(new AllocationOptionsBuilder().MaxBytesPerRun(budget).Name("Readings").Build(EngineServices.None), counters)
            .RunAsync(CheckBody.From(body), Context, Ct);
}
