using LifetimeAssert.Scenarios;
using LifetimeAssert.Tracking;

namespace LifetimeAssert.Tests;

/// <summary>
/// A check whose body never returns (issue 19, part 3): when its test is cancelled it leaves the running checks at once,
/// so the next check that runs alone owns the objects created outside its flow and reaches its own verdict. In the
/// non-parallel collection: the hung check must be the only other check. No test here times anything; a 1 s
/// cancellation is the condition.
/// </summary>
[Collection(nameof(ProcessWide))]
public sealed class HungCheckTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_asynchronous_body_that_never_returns_is_abandoned_when_cancelled_and_the_check_reports_cancelled()
    {
        var never = new TaskCompletionSource();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var cancelled = WhenCancelled(timeout.Token, out var whenCancelled);
        using var registered = whenCancelled;
        timeout.CancelAfter(TimeSpan.FromSeconds(1));
        var hung = Leak.CheckAsync(SecondRunWaitsFor(never.Task), o => o.Track<Session>().RunsAlone(), timeout.Token);

        await cancelled.WaitAsync(Ct);
        Assert.Equal(0, ActiveChecks.Count);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hung);
        await AfterwardsOffFlowVerdictsStand();
    }

    [Fact]
    public async Task A_synchronous_body_that_never_returns_leaves_the_running_checks_when_cancelled()
    {
        using var release = new ManualResetEventSlim();
        using var hanging = new ManualResetEventSlim();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var cancelled = WhenCancelled(timeout.Token, out var whenCancelled);
        using var registered = whenCancelled;
        var hung = Task.Run(
            () => Leak.CheckAsync(
                () =>
                {
                    hanging.Set();
                    release.Wait(Ct);
                },
                o => o.Track<Session>().RunsAlone(),
                timeout.Token),
            Ct);
        try
        {
            // A synchronous body holds its thread: the check cannot return, but it must not count as running.
            hanging.Wait(Ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(1));
            await cancelled.WaitAsync(Ct);
            Assert.Equal(0, ActiveChecks.Count);
            await AfterwardsOffFlowVerdictsStand();
        }
        finally
        {
            release.Set();
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hung);
    }

    [Fact]
    public async Task A_probe_read_that_never_returns_is_abandoned_with_the_check_when_cancelled()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var hangs = false;

        // Hangs in the first sample after the baseline, until the check's cancellation reaches it.
        var probe = Probe.Counter("hanging read", cancellation =>
        {
            if (hangs)
            {
                timeout.CancelAfter(TimeSpan.FromSeconds(1));
                cancellation.WaitHandle.WaitOne();
            }

            hangs = true;
            return 0;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Leak.CheckAsync(Code.StaticList.Clean, o => o.Track<Session>().Probe(probe).RunsAlone(), timeout.Token));
        Assert.Equal(0, ActiveChecks.Count);
        await AfterwardsOffFlowVerdictsStand();
    }

    [Fact]
    public async Task An_allocation_check_whose_body_never_returns_leaves_the_running_checks_when_cancelled()
    {
        var never = new TaskCompletionSource();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var cancelled = WhenCancelled(timeout.Token, out var whenCancelled);
        using var registered = whenCancelled;
        timeout.CancelAfter(TimeSpan.FromSeconds(1));
        var hung = Leak.CheckAllocationsAsync(SecondRunWaitsFor(never.Task), o => o.MaxBytesPerRun(1_000_000), timeout.Token);

        await cancelled.WaitAsync(Ct);
        Assert.Equal(0, ActiveChecks.Count);
        await AfterwardsOffFlowVerdictsStand();

        // Its runs are not abandoned: released, it ends as cancelled.
        never.SetResult();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hung);
    }

    /// <summary>A body whose first run returns and whose later runs wait for <paramref name="never"/>, ignoring the cancellation.</summary>
    private static Func<Task> SecondRunWaitsFor(Task never)
    {
        var runs = 0;
        return async () =>
        {
            if (++runs > 1)
            {
                await never;
            }
        };
    }

    /// <summary>
    /// Completes once <paramref name="token"/> is cancelled. Registered before the check's own registration: callbacks run
    /// last registered first, so this one runs after the check left the running checks.
    /// </summary>
    private static Task WhenCancelled(CancellationToken token, out CancellationTokenRegistration registration)
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        registration = token.Register(() => cancelled.SetResult());
        return cancelled.Task;
    }

    /// <summary>The later checks of the issue: one whose off-flow objects leak is a leak naming the type, its twin passes.</summary>
    private static async Task AfterwardsOffFlowVerdictsStand()
    {
        var leaking = await Leak.CheckAsync(Code.OffFlow.Leaking, o => o.Track<Session>().RunsAlone(), Ct);
        Assert.Equal(LeakVerdict.Leaking, leaking.Verdict);
        Assert.Equal(leaking.TotalRuns, leaking.RegisteredOffFlow);
        Assert.Contains("Session ", leaking.ToString(), StringComparison.Ordinal);

        var clean = await Leak.CheckAsync(Code.OffFlow.Clean, o => o.Track<Session>().RunsAlone(), Ct);
        Assert.True(clean.Passed, clean.ToString());
        Assert.Equal(0, clean.UncountedOffFlow);
    }
}
