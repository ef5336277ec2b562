using LifetimeAssert.Checks;
using LifetimeAssert.Running;
using LifetimeAssert.Services;

namespace LifetimeAssert.Tests;

/// <summary>
/// Every probe call is given the check's cancellation and a timeout (issue 19, part 3): a call that runs past
/// <see cref="Probe.CallTimeout"/> makes the check inconclusive naming the probe, whether it noticed or not, and never a
/// pass. The probes move a <see cref="ManualClock"/>, so no test here times anything.
/// </summary>
public sealed class ProbeCallTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_read_that_returns_after_the_timeout_makes_the_check_inconclusive()
    {
        var clock = new ManualClock();
        var report = await Run(clock, Probe.Counter("slow read", _ => Late(clock, 2)));

        Assert.Equal(LeakVerdict.Inconclusive, report.Verdict);
        Assert.False(report.Passed);
        Assert.StartsWith("Probe \"slow read\" did not answer within 1 min while sampling, so its count is unknown", report.InconclusiveReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_that_waits_is_cancelled_at_the_timeout_and_the_check_is_inconclusive()
    {
        var clock = new ManualClock();
        var reads = 0;
        var report = await Run(clock, Probe.Counter("waiting read", cancellation =>
        {
            if (++reads == 2)
            {
                clock.Advance(Probe.CallTimeout);
                cancellation.WaitHandle.WaitOne();
                cancellation.ThrowIfCancellationRequested();
            }

            return 0;
        }));

        Assert.Equal(LeakVerdict.Inconclusive, report.Verdict);
        Assert.StartsWith("Probe \"waiting read\" did not answer within 1 min while sampling", report.InconclusiveReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_start_that_runs_past_the_timeout_makes_the_check_inconclusive_and_the_probe_is_stopped()
    {
        var clock = new ManualClock();
        var probe = new SlowStart(clock);
        var report = await Run(clock, probe);

        Assert.Equal(LeakVerdict.Inconclusive, report.Verdict);
        Assert.StartsWith("Probe \"slow start\" did not answer within 1 min while starting", report.InconclusiveReason, StringComparison.Ordinal);
        Assert.True(probe.Stopped);
    }

    [Fact]
    public async Task Reads_within_the_timeout_are_given_a_live_cancellation_and_judged()
    {
        var clock = new ManualClock();
        var given = new List<(bool CanBeCanceled, bool IsCancellationRequested)>();
        var report = await Run(clock, Probe.Counter("quick read", cancellation =>
        {
            given.Add((cancellation.CanBeCanceled, cancellation.IsCancellationRequested));

            // Together the reads take longer than one call may: the timeout is per call.
            clock.Advance(Probe.CallTimeout / 6);
            return 0;
        }));

        Assert.True(report.Passed, report.ToString());
        Assert.True(given.Count > 6, $"{given.Count} reads");
        Assert.All(given, g => Assert.Equal((true, false), g));
    }

    [Fact]
    public async Task The_tests_cancellation_during_a_read_ends_the_check_as_cancelled_not_inconclusive()
    {
        using var test = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var reads = 0;
        var probe = Probe.Counter("cancelled read", cancellation =>
        {
            if (++reads == 2)
            {
                test.Cancel();
                cancellation.ThrowIfCancellationRequested();
            }

            return 0;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Run(new ManualClock(), probe, test.Token));
    }

    private static long Late(ManualClock clock, long count)
    {
        clock.Advance(Probe.CallTimeout + TimeSpan.FromSeconds(1));
        return count;
    }

    private static Task<LeakReport> Run(ManualClock clock, Probe probe, CancellationToken? cancellation = null)
    {
        var options = new LeakOptionsBuilder().Name("Calls").Probe(probe).Build(EngineServices.None);
        return new LeakCheck(options, clock).RunAsync(CheckBody.From(() => { }), CheckContext.ForCode("Calls", EngineServices.None), cancellation ?? Ct);
    }

    private sealed class SlowStart(ManualClock clock) : Probe("slow start", isProcessWide: true)
    {
        public bool Stopped { get; private set; }

        protected internal override long Sample() => 0;

        protected internal override void Start() => clock.Advance(CallTimeout + TimeSpan.FromSeconds(1));

        protected internal override void Stop() => Stopped = true;
    }
}
