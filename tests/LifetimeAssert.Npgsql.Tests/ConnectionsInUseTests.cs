using Npgsql;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>Connections and data readers that are never disposed keep a pooled connection busy.</summary>
[Collection(ServerWide.Name)]
public sealed class ConnectionsInUseTests(PostgresLeakFixture postgres) : IAsyncDisposable
{
    private const string ProbeName = "Npgsql connections in use";

    // Where code that forgets a reader typically keeps it: somewhere long-lived.
    private static readonly List<NpgsqlDataReader> KeptReaders = [];

    private readonly TestDataSources _sources = new(postgres.ConnectionString);

    [Fact]
    public async Task Connection_never_disposed_leaks_a_pooled_connection_per_call()
    {
        var dataSource = _sources.Create(maxPoolSize: 200);

        var report = await Checks.RunAsync(() => QueryWithoutDisposing(dataSource), NpgsqlProbes.ConnectionsInUse(dataSource));

        Checks.AssertLeaking(report, ProbeName);
    }

    [Fact]
    public async Task Connection_disposed_returns_to_the_pool()
    {
        var dataSource = _sources.Create();

        var report = await Checks.RunAsync(() => QueryAndDispose(dataSource), NpgsqlProbes.ConnectionsInUse(dataSource));

        Checks.AssertPassed(report, ProbeName);
    }

    [Fact]
    public async Task Reader_kept_and_never_disposed_holds_its_connection()
    {
        var dataSource = _sources.Create(maxPoolSize: 200);

        var report = await Checks.RunAsync(() => ReadAndKeep(dataSource), NpgsqlProbes.ConnectionsInUse(dataSource));

        Checks.AssertLeaking(report, ProbeName);
    }

    [Fact]
    public async Task Reader_disposed_releases_its_connection()
    {
        var dataSource = _sources.Create();

        var report = await Checks.RunAsync(() => ReadAndDispose(dataSource), NpgsqlProbes.ConnectionsInUse(dataSource));

        Checks.AssertPassed(report, ProbeName);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlDataReader[] readers;
        lock (KeptReaders)
        {
            readers = [.. KeptReaders];
            KeptReaders.Clear();
        }

        foreach (var reader in readers)
        {
            await reader.DisposeAsync();
        }

        await _sources.DisposeAsync();
    }

    private static async Task QueryWithoutDisposing(NpgsqlDataSource dataSource)
    {
        var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync();
    }

    private static async Task QueryAndDispose(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync();
    }

    private static async Task ReadAndKeep(NpgsqlDataSource dataSource)
    {
        // A data source's command opens its own connection and closes it with the reader.
        await using var command = dataSource.CreateCommand("SELECT 1");
        var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        lock (KeptReaders)
        {
            KeptReaders.Add(reader);
        }
    }

    private static async Task ReadAndDispose(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT 1");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
    }
}
