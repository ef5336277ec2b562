using System.Data.Common;

namespace LifetimeAssert.WebExample.Orders;

/// <summary>
/// Creates the orders table with a few rows when the app starts, and holds one connection until it stops: an
/// in-memory SQLite database is dropped when its last connection closes.
/// </summary>
public sealed class OrdersSchema(DbDataSource dataSource) : IHostedService, IAsyncDisposable
{
    private DbConnection? _connection;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS orders (id integer PRIMARY KEY, description text NOT NULL);
            INSERT INTO orders (id, description) VALUES (1, 'first order'), (2, 'second order'), (3, 'third order')
                ON CONFLICT DO NOTHING;
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
