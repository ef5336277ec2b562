namespace LifetimeAssert.Postgres;

/// <summary>
/// An xUnit fixture (class or assembly) with one PostgreSQL server for the tests that share it, removed when they end,
/// passed or failed.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    /// <summary>The server's connection string.</summary>
    /// <exception cref="InvalidOperationException">The server has not started.</exception>
    public string ConnectionString => (_server ?? throw new InvalidOperationException("The server has not started.")).ConnectionString;

    /// <summary>Starts the server (see <see cref="PostgresServer.StartAsync"/> for where it comes from).</summary>
    public async ValueTask InitializeAsync() => _server = await PostgresServer.StartAsync().ConfigureAwait(false);

    /// <summary>Removes the server, if it started.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
