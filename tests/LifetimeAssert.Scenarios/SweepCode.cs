namespace LifetimeAssert.Scenarios;

/// <summary>
/// Code paths an ordinary test calls, for the per-test sweep: each leaking path beside its clean twin. The same code
/// serves the xUnit, NUnit and MSTest sweep scenarios.
/// </summary>
public static class SweepCode
{
    private static readonly List<Basket> KeptBaskets = [];
    private static readonly Lazy<Resource> SharedResource = new(() => new Resource());

    /// <summary>Opens a resource and disposes it.</summary>
    public static void OpenAndDispose()
    {
        using var resource = new Resource();
    }

    /// <summary>Opens a resource and never disposes it.</summary>
    public static void LeaveOpen() => _ = new Resource();

    /// <summary>Opens two resources and disposes one.</summary>
    public static void LeaveOneOfTwoOpen()
    {
        using var closed = new Resource();
        _ = new Resource();
    }

    /// <summary>Opens a resource for the caller, who must dispose it.</summary>
    public static Resource Open() => new();

    /// <summary>Leases a pooled resource and gives it back.</summary>
    public static void LeaseAndRelease() => LifetimeTracker.TrackLease(new Basket()).MarkDisposed();

    /// <summary>Leases a pooled resource and never gives it back.</summary>
    public static void LeaseAndKeep() => _ = LifetimeTracker.TrackLease(new Basket());

    /// <summary>Creates a basket that must be gone after the test, and keeps it in a static list.</summary>
    public static void KeepBasket() => KeptBaskets.Add(LifetimeTracker.ExpectCollected(new Basket()));

    /// <summary>Creates a basket that must be gone after the test, and drops it.</summary>
    public static void DropBasket() => _ = LifetimeTracker.ExpectCollected(new Basket());

    /// <summary>Creates a basket that must be gone after the test, for the caller to hold.</summary>
    public static Basket NewBasket() => LifetimeTracker.ExpectCollected(new Basket());

    /// <summary>Creates a tracked session (a type a sweep may list to be collected) and keeps it in a static list.</summary>
    public static void KeepSession() => Code.StaticList.Leaking();

    /// <summary>Uses a lazily created singleton that opens a resource once for the whole process.</summary>
    public static void UseSharedResource() => _ = SharedResource.Value;

    /// <summary>Opens a resource on a thread-pool thread that does not carry the test's flow, and never disposes it.</summary>
    public static void LeaveOpenOffFlow()
    {
        using var done = new ManualResetEventSlim();
        ThreadPool.UnsafeQueueUserWorkItem(
            _ =>
            {
                _ = new Resource();
                done.Set();
            },
            null);
        done.Wait();
    }
}

/// <summary>An object a test expects to be collected after it, or a pooled object it leases.</summary>
public sealed class Basket
{
    public int Items { get; set; }
}
