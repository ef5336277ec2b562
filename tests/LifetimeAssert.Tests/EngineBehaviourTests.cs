using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests;

/// <summary>How the engine behaves around the verdict: attribution, cancellation, sites, body exceptions.</summary>
public sealed class EngineBehaviourTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Checks_running_at_the_same_time_do_not_blame_each_other()
    {
        var leaking = Leak.CheckAsync(async () => { await Task.Yield(); Code.StaticList.Leaking(); }, o => o.Track<Session>().Iterations(40), Ct);
        var clean = Leak.CheckAsync(async () => { await Task.Yield(); Code.StaticList.Clean(); }, o => o.Track<Session>().Iterations(40), Ct);

        var reports = await Task.WhenAll(leaking, clean);

        Assert.Equal(LeakVerdict.Leaking, reports[0].Verdict);
        Assert.Equal(LeakVerdict.Passed, reports[1].Verdict);
    }

    [Fact]
    public async Task Rule2_growth_during_the_warm_up_is_not_in_the_series()
    {
        // A cache that fills during the first three runs: the baseline is taken after the warm-up, so it never moves.
        var calls = 0;
        var filled = Probe.Counter("filled", () => Math.Min(Volatile.Read(ref calls), 3));

        var report = await Leak.CheckAsync(() => Interlocked.Increment(ref calls), o => o.Warmup(3).Probe(filled), Ct);

        Assert.Equal(LeakVerdict.Passed, report.Verdict);
        Assert.All(report.Probes[0].Values, v => Assert.Equal(3, v));
        Assert.Empty(report.Notes);
        Assert.Null(report.Probes[0].Note);
    }

    [Fact]
    public async Task Survivors_name_their_creation_site()
    {
        var report = await Leak.CheckAsync(Code.StaticList.Leaking, o => o.Track<Session>(), Ct);

        var leak = Assert.Single(report.Leaks);
        Assert.Equal("Session", leak.Name);
        Assert.Equal("Code.StaticList.Leaking()", leak.CreationSites[0].Site.Method);
        Assert.EndsWith("Code.cs", leak.CreationSites[0].Site.File, StringComparison.Ordinal);
        Assert.Equal(leak.SurvivorsWithSite, leak.CreationSites[0].Survivors);
        Assert.True(leak.SurvivorsWithSite > 0);
    }

    [Fact]
    public async Task Cancellation_stops_the_runs_promptly()
    {
        using var cancellation = new CancellationTokenSource();
        var runs = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Leak.CheckAsync(
            () =>
            {
                if (++runs == 5)
                {
                    cancellation.Cancel();
                }
            },
            o => o.Track<Session>().Iterations(1000),
            cancellation.Token));

        Assert.Equal(5, runs);
    }

    [Fact]
    public async Task A_body_exception_is_thrown_as_itself()
    {
        var thrown = new FormatException("from the body");

        var caught = await Assert.ThrowsAsync<FormatException>(() => Leak.CheckAsync(() => throw thrown, o => o.Track<Session>(), Ct));

        Assert.Same(thrown, caught);
    }

    [Fact]
    public async Task A_failing_probe_makes_the_check_inconclusive_naming_it_never_reads_zero()
    {
        var report = await Leak.CheckAsync(
            Code.StaticList.Clean,
            o => o.Probe(Probe.Counter("server sessions", () => throw new TimeoutException("no answer"))),
            Ct);

        Assert.Equal(LeakVerdict.Inconclusive, report.Verdict);
        Assert.Equal("Probe \"server sessions\" failed while sampling: no answer", report.InconclusiveReason);
        Assert.StartsWith("AssertNoLeak: inconclusive for ", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_probe_that_fails_to_stop_adds_a_note_and_keeps_the_verdict()
    {
        var report = await Leak.CheckAsync(Code.StaticList.Leaking, o => o.Track<Session>().Probe(new FailingStop()), Ct);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Contains("probe \"failing stop\" failed while stopping: stop failed", report.Notes);
    }

    [Fact]
    public async Task A_probe_that_fails_to_stop_never_replaces_the_body_exception()
    {
        var thrown = new FormatException("from the body");

        var caught = await Assert.ThrowsAsync<FormatException>(
            () => Leak.CheckAsync(() => throw thrown, o => o.Track<Session>().Probe(new FailingStop()), Ct));

        Assert.Same(thrown, caught);
    }

    private sealed class FailingStop() : Probe("failing stop", isProcessWide: false)
    {
        protected internal override long Sample() => 0;

        protected internal override void Stop() => throw new InvalidOperationException("stop failed");
    }

    [Fact]
    public async Task Report_says_how_many_runs_it_took()
    {
        var report = await Leak.CheckAsync(Code.StaticList.Clean, o => o.Track<Session>().Warmup(2).Iterations(8), Ct);

        Assert.Equal((2, 4, 2, 10), (report.WarmupRuns, report.Samples, report.SampleEvery, report.TotalRuns));
        Assert.StartsWith("AssertNoLeak: no leak in Code.StaticList.Clean() (warm-up 2, 4 samples x 2 runs, 10 runs in all)", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_synchronous_form_gives_the_same_verdict()
    {
        Assert.Equal(LeakVerdict.Leaking, Leak.Check(Code.StaticList.Leaking, o => o.Track<Session>()).Verdict);
        Assert.Equal(LeakVerdict.Passed, Leak.Check(Code.StaticList.Clean, o => o.Track<Session>()).Verdict);
    }
}
