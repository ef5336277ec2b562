namespace LifetimeAssert.Server.Scenarios.Shop;

/// <summary>
/// A singleton service that keeps every request's log and is never trimmed: the server grows with each request, the
/// bug a leak check on the endpoint must catch.
/// </summary>
public sealed class RequestLogStore
{
    private readonly List<RequestLog> _logs = [];

    public void Add(RequestLog log)
    {
        // Requests run concurrently on the server.
        lock (_logs)
        {
            _logs.Add(log);
        }
    }
}
