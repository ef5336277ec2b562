using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests;

/// <summary>A method returning ValueTask binds to the ValueTask overload and is awaited on every run.</summary>
public sealed class ValueTaskBodyTests
{
    private static readonly List<Session> Kept = [];

    [Fact]
    public async Task A_ValueTask_body_is_awaited()
    {
        // Bound to the Action overload, the leak after the await would happen after the samples, or never be judged.
        var report = await Leak.CheckAsync(() => KeepAfterAwaitAsync(), o => o.Track<Session>(), TestContext.Current.CancellationToken);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Equal("Session", Assert.Single(report.Leaks).Name);
    }

    private static async ValueTask KeepAfterAwaitAsync()
    {
        await Task.Delay(1);
        lock (Kept)
        {
            Kept.Add(new Session());
        }
    }
}
