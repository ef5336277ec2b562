using LifetimeAssert.Postgres;

namespace LifetimeAssert.HeapCensus.Tests;

/// <summary>One PostgreSQL server for the tests that need one, removed when they end, passed or failed.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public string ConnectionString => (_server ?? throw new InvalidOperationException("The server has not started.")).ConnectionString;

    public async ValueTask InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
