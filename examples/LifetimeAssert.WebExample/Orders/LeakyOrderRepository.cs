using System.Data.Common;

namespace LifetimeAssert.WebExample.Orders;

/// <summary>
/// The bug: a singleton that asks the container for a connection on every call and never disposes it. A singleton's
/// <see cref="IServiceProvider"/> is the root one, which keeps every disposable transient it creates until the
/// application stops: each request leaves one open connection behind that the garbage collector can never take.
/// On PostgreSQL the pool runs dry after 100 requests; on SQLite every request keeps a native connection open.
/// </summary>
public sealed class LeakyOrderRepository(IServiceProvider services)
{
    public async Task<Order?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var connection = services.GetRequiredService<DbConnection>();
        await connection.OpenAsync(cancellationToken);
        return await OrderQueries.FindAsync(connection, id, cancellationToken);
    }
}
