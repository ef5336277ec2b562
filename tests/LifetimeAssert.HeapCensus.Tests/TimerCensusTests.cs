namespace LifetimeAssert.HeapCensus.Tests;

/// <summary>The runtime's internal timer type, counted by name: timers kept by a static list, or disposed.</summary>
[Collection(CensusCollection.Name)]
public sealed class TimerCensusTests : IDisposable
{
    private const string TimerType = "System.Threading.TimerQueueTimer";

    private static readonly List<Timer> KeptTimers = [];

    [Fact]
    public async Task Timers_kept_by_a_static_list_leak_and_the_path_names_the_list()
    {
        var report = await Checks.RunAsync(StartAndKeep, o => o.Census(TimerType));

        var text = Checks.AssertLeaking(report, TimerType);
        Checks.AssertHeldBy(text, "static TimerCensusTests.KeptTimers (List<Timer>) -> Timer[] -> Timer", atStart: true);
        Checks.AssertHeldBy(text, "-> TimerQueueTimer");
    }

    [Fact]
    public async Task Disposed_timers_do_not_leak()
    {
        var report = await Checks.RunAsync(StartAndDispose, o => o.Census(TimerType));

        // The census counts the whole process: a runtime or test-host timer may come and go during a sample, so the
        // verdict is what is pinned, and that the census judged the type.
        Checks.AssertPassed(report);
        Assert.Contains($"flat: {TimerType} [", report.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var timer in KeptTimers)
        {
            timer.Dispose();
        }

        KeptTimers.Clear();
    }

    // Never due: the timer is held only by the list, not also by the runtime's queue of due timers.
    private static void StartAndKeep() => KeptTimers.Add(new Timer(_ => { }, null, Timeout.Infinite, Timeout.Infinite));

    private static void StartAndDispose()
    {
        using var timer = new Timer(_ => { }, null, Timeout.Infinite, Timeout.Infinite);
    }
}
