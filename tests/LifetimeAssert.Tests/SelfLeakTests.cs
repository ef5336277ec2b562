using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests;

/// <summary>The engine, checked by itself: a thousand checks leave no handle, scope or report behind.</summary>
[Collection(nameof(ProcessWide))]
public sealed class SelfLeakTests
{
    [Fact]
    public async Task A_thousand_checks_leak_nothing()
    {
        var report = await Leak.CheckAsync(
            OneCheck,
            o => o.Name("Leak.Check")
                .Warmup(5)
                .Iterations(1000)
                .SampleEvery(100)
                .Track<LeakReport>()
                .Probe(Probe.Counter("tracker handles", () => TrackingScope.LiveHandles))
                .Probe(Probe.Counter("running checks", () => ActiveChecks.Count)),
            TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.Equal(LeakVerdict.Passed, report.Verdict);
        Assert.Equal(1005, report.TotalRuns);
    }

    [Theory]
    [InlineData("StaticList_Leaking")]
    [InlineData("UndisposedResource_Leaking")]
    public async Task Every_handle_is_freed_when_a_check_ends(string name)
    {
        var scenario = Catalog.Find(name);
        var before = TrackingScope.LiveHandles;

        var report = await Leak.CheckAsync(scenario.Body, scenario.Options, TestContext.Current.CancellationToken);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Equal(before, TrackingScope.LiveHandles);
    }

    [Fact]
    public void Outside_a_check_tracking_keeps_nothing()
    {
        var before = TrackingScope.LiveHandles;
        var session = new Session();

        Assert.False(LifetimeTracker.IsTracking);
        Assert.Same(session, LifetimeTracker.Track(session));
        LifetimeTracker.TrackDisposable(session).MarkDisposed();
        Assert.Equal(before, TrackingScope.LiveHandles);
    }

    private static void OneCheck()
    {
        var inner = Leak.Check(Code.StaticList.Clean, o => o.Track<Session>().Warmup(0).Iterations(3).SampleEvery(1));
        LifetimeTracker.Track(inner);
        if (!inner.Passed)
        {
            throw new InvalidOperationException(inner.ToString());
        }
    }
}
