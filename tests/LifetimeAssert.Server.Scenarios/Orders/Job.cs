namespace LifetimeAssert.Server.Scenarios.Orders;

/// <summary>The work the order processor does for one order. Tracked: a leak check counts the live ones.</summary>
public sealed class Job
{
    public Job(int orderId)
    {
        OrderId = orderId;
        _ = LifetimeTracker.Track(this);
    }

    public int OrderId { get; }
}
