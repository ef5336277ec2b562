using System.Text.RegularExpressions;
using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests;

/// <summary>The <c>timers</c> probe's leak lists the callbacks of the timers that grew (issue 20), without the census package.</summary>
[Collection(nameof(ProcessWide))]
public sealed class TimerCallbackTests : IDisposable
{
    private static readonly List<Timer> Kept = [];

    [Fact]
    public async Task A_leak_of_timers_lists_the_callbacks_that_grew_with_their_schedule()
    {
        var report = await Leak.CheckAsync(KeepPollingTimer, o => o.Judge(ProcessProbes.Timers).RunsAlone(), TestContext.Current.CancellationToken);

        var timers = Assert.Single(report.Leaks);
        Assert.Equal("timers", timers.Name);
        var grown = report.TotalRuns - report.WarmupRuns;
        Assert.Equal([$"TimerCallbackTests.Poller.Poll (target TimerCallbackTests.Poller) x{grown}, due every 30 s"], timers.Details);
        Assert.Contains(Environment.NewLine + $"    TimerCallbackTests.Poller.Poll (target TimerCallbackTests.Poller) x{grown}, due every 30 s", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lambdas_are_named_by_the_type_that_wrote_them_with_their_closure_or_state()
    {
        var report = await Leak.CheckAsync(KeepLambdaTimers, o => o.Judge(ProcessProbes.Timers).RunsAlone(), TestContext.Current.CancellationToken);

        var details = Assert.Single(report.Leaks).Details;
        Assert.Equal(2, details.Count);
        Assert.Contains(details, d => Regex.IsMatch(d, @"^TimerCallbackTests\.<KeepLambdaTimers>b__\d+(_\d+)? \(closure in TimerCallbackTests\) x\d+, due once, 2 h after it was set$"));
        Assert.Contains(details, d => Regex.IsMatch(d, @"^TimerCallbackTests\.<KeepLambdaTimers>b__\d+(_\d+)? \(state string\) x\d+, due every 250 ms$"));
    }

    [Fact]
    public async Task Disposed_timers_pass_with_no_lines()
    {
        var report = await Leak.CheckAsync(Code.Timers.Clean, o => o.Judge(ProcessProbes.Timers).RunsAlone(), TestContext.Current.CancellationToken);

        Assert.Equal(LeakVerdict.Passed, report.Verdict);
        Assert.All(report.Probes, p => Assert.Empty(p.Details));
    }

    public void Dispose()
    {
        lock (Kept)
        {
            Kept.ForEach(t => t.Dispose());
            Kept.Clear();
        }
    }

    private static void KeepPollingTimer() => Keep(new Poller().Timer);

    private static void KeepLambdaTimers()
    {
        var run = Kept.Count;
        Keep(new Timer(_ => GC.KeepAlive(run), null, TimeSpan.FromHours(2), Timeout.InfiniteTimeSpan));
        Keep(new Timer(static state => GC.KeepAlive(state), "state", TimeSpan.FromHours(3), TimeSpan.FromMilliseconds(250)));
    }

    private static void Keep(Timer timer)
    {
        lock (Kept)
        {
            Kept.Add(timer);
        }
    }

    private sealed class Poller
    {
        public Poller() => Timer = new Timer(Poll, null, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));

        public Timer Timer { get; }

        private void Poll(object? state) => GC.KeepAlive(this);
    }
}
