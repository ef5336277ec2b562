using System.Data.Common;
using LifetimeAssert.Data;
using Npgsql;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>
/// The ADO.NET hooks on Npgsql, a provider with batches and server-side statements: the wrappers run real work
/// and their verdicts agree with the server-side probe.
/// </summary>
[Collection(ServerWide.Name)]
public sealed class TrackedNpgsqlTests(PostgresLeakFixture postgres) : IAsyncDisposable
{
    private readonly TestDataSources _sources = new(postgres.ConnectionString);
    private int _id;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_batch_runs_through_the_wrappers_and_is_released()
    {
        await using var tracked = _sources.Create().WithLifetimeTracking();

        var report = await Leak.CheckAsync(() => RunBatchAsync(tracked), o => o.Track<DbBatch>().Track<DbConnection>(), Ct);

        Assert.True(report.Passed, report.ToString());
        Assert.DoesNotContain("checks nothing", report.ToString(), StringComparison.Ordinal);
        var values = await RunBatchAsync(tracked);
        Assert.Equal(new long[] { 1, 2 }, values);
    }

    [Fact]
    public async Task A_batch_never_disposed_is_reported()
    {
        await using var tracked = _sources.Create().WithLifetimeTracking();

        var report = await Leak.CheckAsync(() => AbandonBatchAsync(tracked), o => o.Track<DbBatch>(), Ct);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Equal("DbBatch", Assert.Single(report.Leaks).Name);
    }

    [Fact]
    public async Task Statements_prepared_per_call_are_caught_by_the_hooks_and_the_server_probe_alike()
    {
        var dataSource = _sources.Create();
        await using var tracked = dataSource.WithLifetimeTracking();
        await using var connection = await tracked.OpenConnectionAsync(Ct);

        var report = await Leak.CheckAsync(
            () => PrepareConcatenated(connection, ++_id),
            o => o.Track<TrackedStatement>().Probe(NpgsqlProbes.PreparedStatements(dataSource)),
            Ct);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Equal(["TrackedStatement", "Npgsql prepared statements"], report.Leaks.Select(l => l.Name));
    }

    public ValueTask DisposeAsync() => _sources.DisposeAsync();

    private static async Task<long[]> RunBatchAsync(TrackedDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var batch = connection.CreateBatch();
        foreach (var sql in new[] { "SELECT 1::bigint", "SELECT 2::bigint" })
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = sql;
            batch.BatchCommands.Add(command);
        }

        var values = new List<long>();
        await using var reader = await batch.ExecuteReaderAsync();
        do
        {
            while (await reader.ReadAsync())
            {
                values.Add(reader.GetFieldValue<long>(0));
            }
        }
        while (await reader.NextResultAsync());

        return [.. values];
    }

    private static async Task AbandonBatchAsync(TrackedDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var batch = connection.CreateBatch();
        var command = batch.CreateBatchCommand();
        command.CommandText = "SELECT 1";
        batch.BatchCommands.Add(command);
        await batch.ExecuteNonQueryAsync();
    }

    private static void PrepareConcatenated(DbConnection connection, int id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + id + " AS id";
        command.Prepare();
        command.ExecuteScalar();
    }
}
