using System.Data.Common;

namespace LifetimeAssert.WebExample.Orders;

/// <summary>The fix: open a pooled connection from the data source for the call and dispose it, which gives it back.</summary>
public sealed class OrderRepository(DbDataSource dataSource)
{
    public async Task<Order?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await OrderQueries.FindAsync(connection, id, cancellationToken);
    }
}
