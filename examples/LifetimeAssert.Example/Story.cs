using System.Data.Common;
using LifetimeAssert.Data;
using LifetimeAssert.Npgsql;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LifetimeAssert.Example;

/// <summary>
/// Runs both repositories under a leak check: on an in-process SQLite database through the ADO.NET hooks
/// (no server), and on PostgreSQL, where the server-side prepared statements are counted as well.
/// </summary>
public static class Story
{
    /// <summary>The leaking and the fixed repository checked on an in-process SQLite database.</summary>
    public static async Task<(LeakReport Leaky, LeakReport Fixed)> RunEmbeddedAsync()
    {
        // One long-lived connection, like the Go service's database handle: it holds what is prepared on it.
        await using var connection = new SqliteConnection("Data Source=:memory:").WithLifetimeTracking();
        await connection.OpenAsync();
        await CreateOrdersAsync(connection, "CREATE TABLE orders (id INTEGER PRIMARY KEY, description TEXT NOT NULL)");
        return await CheckBothAsync(connection, options => options);
    }

    /// <summary>The same on PostgreSQL; the Npgsql probe counts the statements the server holds.</summary>
    public static async Task<(LeakReport Leaky, LeakReport Fixed)> RunPostgresAsync(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString) { Name = "lifetimeassert-example-" + Guid.NewGuid().ToString("N") };
        await using var dataSource = builder.Build();
        await using var connection = await dataSource.WithLifetimeTracking().OpenConnectionAsync();
        await CreateOrdersAsync(connection, "CREATE TEMP TABLE orders (id integer PRIMARY KEY, description text NOT NULL)");
        return await CheckBothAsync(connection, options => options.Probe(NpgsqlProbes.PreparedStatements(dataSource)));
    }

    private static async Task<(LeakReport Leaky, LeakReport Fixed)> CheckBothAsync(DbConnection connection, Func<LeakOptionsBuilder, LeakOptionsBuilder> probes)
    {
        var leaky = new LeakyOrderRepository(connection);
        var fixedRepository = new FixedOrderRepository(connection);
        var id = 0;
        var leakReport = await Leak.CheckAsync(() => leaky.FindById(++id % 100), o => probes(Options(o, "LeakyOrderRepository.FindById")));
        var fixedReport = await Leak.CheckAsync(() => fixedRepository.FindById(++id % 100), o => probes(Options(o, "FixedOrderRepository.FindById")));
        return (leakReport, fixedReport);
    }

    // A console program runs one check at a time: RunsAlone lets its process-wide probes be trusted.
    private static LeakOptionsBuilder Options(LeakOptionsBuilder options, string name) =>
        options.Name(name).Iterations(12).Track<TrackedStatement>().RunsAlone();

    private static async Task CreateOrdersAsync(DbConnection connection, string createTable)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = createTable + "; INSERT INTO orders (id, description) SELECT 1, 'first order'";
        await command.ExecuteNonQueryAsync();
    }
}
