namespace LifetimeAssert.Server.Scenarios.Shop;

/// <summary>What the shop's endpoints note about a request. Tracked: a leak check counts the live ones.</summary>
public sealed class RequestLog
{
    public RequestLog(int orderId)
    {
        OrderId = orderId;
        _ = LifetimeTracker.Track(this);
    }

    public int OrderId { get; }
}
