using System.Data.Common;
using LifetimeAssert.Data;
using Npgsql;
using Xunit;

namespace LifetimeAssert.Npgsql.Testing;

/// <summary>
/// One PostgreSQL server for the leak tests that share it (see <see cref="PostgresServer.StartAsync"/> for where it
/// comes from), with a data source on it, the same data source through the ADO.NET hooks, and the Npgsql probes on it.
/// xUnit v3: use it as a class fixture (<c>IClassFixture&lt;PostgresLeakFixture&gt;</c>) or an assembly fixture
/// (<c>[assembly: AssemblyFixture(typeof(PostgresLeakFixture))]</c>). NUnit: <c>await fixture.InitializeAsync()</c> in
/// <c>[OneTimeSetUp]</c> and <c>await fixture.DisposeAsync()</c> in <c>[OneTimeTearDown]</c>. Disposing removes what it
/// started, whether the tests passed or failed.
/// </summary>
public sealed class PostgresLeakFixture : IAsyncLifetime
{
    private PostgresServer? _server;
    private NpgsqlDataSource? _dataSource;
    private TrackedDataSource? _tracked;

    /// <summary>The server's connection string (a superuser on one of its databases).</summary>
    /// <exception cref="InvalidOperationException">The fixture has not been initialized.</exception>
    public string ConnectionString => Started(_server).ConnectionString;

    /// <summary>Where the server came from: the environment variable, a container, or a local cluster.</summary>
    /// <exception cref="InvalidOperationException">The fixture has not been initialized.</exception>
    public string Source => Started(_server).Source;

    /// <summary>The raw data source: give it to code under test that needs an <see cref="NpgsqlDataSource"/> (EF Core's provider, Dapper, Npgsql directly).</summary>
    /// <exception cref="InvalidOperationException">The fixture has not been initialized.</exception>
    public NpgsqlDataSource DataSource => Started(_dataSource);

    /// <summary>
    /// The same data source through the ADO.NET hooks: connections, commands, readers and transactions made through it
    /// are registered, so <c>Track&lt;DbConnection&gt;()</c>, <c>Track&lt;DbDataReader&gt;()</c> and the others judge them.
    /// </summary>
    /// <exception cref="InvalidOperationException">The fixture has not been initialized.</exception>
    public DbDataSource TrackedDataSource => Started(_tracked);

    /// <summary>A new probe of the prepared statements on <see cref="DataSource"/>'s pooled connections (the original bug's count).</summary>
    /// <exception cref="InvalidOperationException">The fixture has not been initialized.</exception>
    public Probe PreparedStatements => NpgsqlProbes.PreparedStatements(DataSource);

    /// <summary>A new probe of <see cref="DataSource"/>'s pooled connections in use.</summary>
    /// <exception cref="InvalidOperationException">The fixture has not been initialized.</exception>
    public Probe ConnectionsInUse => NpgsqlProbes.ConnectionsInUse(DataSource);

    /// <summary>A new probe of the server sessions of <see cref="DataSource"/>'s database, seen from the server.</summary>
    /// <exception cref="InvalidOperationException">The fixture has not been initialized.</exception>
    public Probe ServerSessions => NpgsqlProbes.ServerSessions(DataSource);

    /// <summary>Finds or starts the server and opens the data source.</summary>
    /// <returns>A task that completes when the server answers.</returns>
    /// <exception cref="InvalidOperationException">No server could be found or started; the message names the three ways and why each failed.</exception>
    public async ValueTask InitializeAsync()
    {
        if (_server is not null)
        {
            return;
        }

        _server = await PostgresServer.StartAsync().ConfigureAwait(false);
        _dataSource = NpgsqlDataSource.Create(_server.ConnectionString);
        _tracked = _dataSource.WithLifetimeTracking();
    }

    /// <summary>Closes the data source and removes the server, if it started; safe to call more than once.</summary>
    /// <returns>A task that completes when the server is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_tracked is not null)
        {
            // The tracked data source owns the raw one: disposing it closes the pool once.
            await _tracked.DisposeAsync().ConfigureAwait(false);
            _tracked = null;
            _dataSource = null;
        }

        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
            _server = null;
        }
    }

    private static T Started<T>(T? value)
        where T : class =>
        value ?? throw new InvalidOperationException(
            "The PostgreSQL fixture has not been initialized: xUnit initializes a class or assembly fixture itself; "
            + "under NUnit, await InitializeAsync() in [OneTimeSetUp].");
}
