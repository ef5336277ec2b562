using LifetimeAssert.Postgres;

[assembly: AssemblyFixture(typeof(LifetimeAssert.Npgsql.Tests.PostgresFixture))]

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>One PostgreSQL server for the whole test assembly, removed when the assembly's tests end, passed or failed.</summary>
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
