namespace LifetimeAssert.HeapCensus.Tests;

/// <summary>A user type counted with no registration at all, and the same type tracked, both with their retention path.</summary>
[Collection(CensusCollection.Name)]
public sealed class UserTypeCensusTests : IDisposable
{
    private static readonly Dictionary<int, Session> Cache = [];
    private static int _next;

    [Fact]
    public async Task Sessions_kept_in_a_static_cache_leak()
    {
        var report = await Checks.RunAsync(Keep, o => o.Census(typeof(Session).FullName!));

        var text = Checks.AssertLeaking(report, typeof(Session).FullName!);
        Assert.Contains("+1/run", text, StringComparison.Ordinal);
        Checks.AssertHeldBy(text, "static UserTypeCensusTests.Cache (Dictionary<int, UserTypeCensusTests.Session>) -> Dictionary<int, UserTypeCensusTests.Session>.Entry[] -> UserTypeCensusTests.Session", atStart: true);
    }

    [Fact]
    public async Task Sessions_dropped_after_use_do_not_leak()
    {
        var report = await Checks.RunAsync(Drop, o => o.Census(typeof(Session).FullName!));

        Checks.AssertPassed(report);
    }

    [Fact]
    public async Task A_tracked_type_that_leaks_also_gets_its_retention_path()
    {
        var report = await Checks.RunAsync(KeepTracked, o => o.Track<Session>());

        var text = Checks.AssertLeaking(report, "UserTypeCensusTests.Session");
        Assert.Contains("created at", text, StringComparison.Ordinal);
        Checks.AssertHeldBy(text, "static UserTypeCensusTests.Cache (Dictionary<int, UserTypeCensusTests.Session>)");
    }

    public void Dispose() => Cache.Clear();

    private static void Keep() => Cache.Add(++_next, new Session());

    private static void KeepTracked() => Cache.Add(++_next, LifetimeTracker.Track(new Session()));

    private static void Drop() => GC.KeepAlive(new Session());

    public sealed class Session
    {
        public byte[] State { get; } = new byte[64];
    }
}
