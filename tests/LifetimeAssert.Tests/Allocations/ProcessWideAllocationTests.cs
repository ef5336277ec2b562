using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests.Allocations;

/// <summary>
/// A body that yields is measured process-wide, so these tests run alone (the ProcessWide collection); the figures are
/// then the body's bytes plus whatever the runtime allocated meanwhile (thread-pool dispatch, timers), hence ranges.
/// </summary>
[Collection(nameof(ProcessWide))]
public sealed class ProcessWideAllocationTests
{
    [Fact]
    public async Task An_async_body_over_budget_fails_measured_process_wide()
    {
        var report = await Leak.CheckAllocationsAsync(() => Allocating.BytesAfterYieldAsync(8192), o => o.MaxBytesPerRun(4096).RunsAlone(), TestContext.Current.CancellationToken);

        Assert.False(report.Passed, report.ToString());
        Assert.Equal(AllocationMeasurement.ProcessWide, report.Measurement);
        Assert.InRange(report.MedianBytesPerRun, 8192 + Allocating.ArrayOverhead, 8192 + 1024);
        Assert.Contains("process-wide (a run awaited something incomplete), GC.GetTotalAllocatedBytes(precise: true)", report.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("warning", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_async_body_within_budget_passes_measured_process_wide()
    {
        var report = await Leak.CheckAllocationsAsync(() => Allocating.BytesAfterYieldAsync(512), o => o.MaxBytesPerRun(4096).RunsAlone(), TestContext.Current.CancellationToken);

        Assert.True(report.Passed, report.ToString());
        Assert.Equal(AllocationMeasurement.ProcessWide, report.Measurement);
        Assert.InRange(report.MedianBytesPerRun, 512 + Allocating.ArrayOverhead, 512 + 1024);
    }

    [Fact]
    public async Task A_ValueTask_body_is_awaited_and_measured()
    {
        var report = await Leak.CheckAllocationsAsync(() => new ValueTask(Allocating.BytesAfterYieldAsync(8192)), o => o.MaxBytesPerRun(4096).RunsAlone(), TestContext.Current.CancellationToken);

        Assert.False(report.Passed, report.ToString());
        Assert.InRange(report.MedianBytesPerRun, 8192 + Allocating.ArrayOverhead, 8192 + 1024);
    }

    [Fact]
    public async Task A_process_wide_check_not_declared_alone_warns()
    {
        var report = await Leak.CheckAllocationsAsync(() => Allocating.BytesAfterYieldAsync(16), o => o.MaxBytesPerRun(4096), TestContext.Current.CancellationToken);

        Assert.Contains("  warning   the check was not declared to run alone; other tests' allocations may be counted here.", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_that_overlaps_another_says_so()
    {
        using var release = new SemaphoreSlim(0);
        var other = Leak.CheckAllocationsAsync(() => release.WaitAsync(TestContext.Current.CancellationToken), o => o.MaxBytesPerRun(1_000_000).Iterations(1).Warmup(0).RunsAlone(), TestContext.Current.CancellationToken);

        var report = await Leak.CheckAllocationsAsync(() => Allocating.BytesAfterYieldAsync(16), o => o.MaxBytesPerRun(4096).RunsAlone(), TestContext.Current.CancellationToken);
        release.Release(2);
        await other;

        Assert.True(report.Overlapped);
        Assert.Contains("  warning   another check ran at the same time; its allocations may be counted here.", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountAllThreads_counts_what_a_synchronous_body_waits_for_on_other_threads()
    {
        // A thread of its own (Task.Run(...).Wait() may run the task inline, on the waiting thread).
        static void Body()
        {
            var worker = new Thread(() => Allocating.Bytes(8192));
            worker.Start();
            worker.Join();
        }

        var onThread = await Leak.CheckAllocationsAsync(Body, o => o.MaxBytesPerRun(4096).RunsAlone(), TestContext.Current.CancellationToken);
        var allThreads = await Leak.CheckAllocationsAsync(Body, o => o.MaxBytesPerRun(4096).RunsAlone().CountAllThreads(), TestContext.Current.CancellationToken);

        Assert.Equal(AllocationMeasurement.CurrentThread, onThread.Measurement);
        Assert.True(onThread.MedianBytesPerRun < 8192, onThread.ToString());
        Assert.Equal(AllocationMeasurement.ProcessWide, allThreads.Measurement);
        Assert.InRange(allThreads.MedianBytesPerRun, 8192 + Allocating.ArrayOverhead, 8192 + 4096);
        Assert.Contains("process-wide (all threads asked for)", allThreads.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leak_check_that_overlaps_an_allocation_check_says_so()
    {
        using var release = new SemaphoreSlim(0);
        var allocations = Leak.CheckAllocationsAsync(() => release.WaitAsync(TestContext.Current.CancellationToken), o => o.MaxBytesPerRun(1_000_000).Iterations(1).Warmup(0).RunsAlone(), TestContext.Current.CancellationToken);

        // Only a process-wide leak is qualified by overlap: a timer kept per run.
        var leaks = await Leak.CheckAsync(Code.Timers.Leaking, o => o.Judge(ProcessProbes.Timers).RunsAlone(), TestContext.Current.CancellationToken);
        release.Release();
        await allocations;

        Assert.Equal(LeakVerdict.Leaking, leaks.Verdict);
        Assert.Contains("another leak or allocation check ran at the same time", leaks.ToString(), StringComparison.Ordinal);
    }
}
