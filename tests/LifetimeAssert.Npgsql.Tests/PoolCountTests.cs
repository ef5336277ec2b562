using Npgsql;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>The idle and pending-request probes read the same meter as ConnectionsInUse, scoped to one data source.</summary>
[Collection(ServerWide.Name)]
public sealed class PoolCountTests(PostgresLeakFixture postgres) : IAsyncDisposable
{
    private readonly TestDataSources _sources = new(postgres.ConnectionString);
    private readonly CancellationTokenSource _stopWaiting = new();
    private readonly List<Task<NpgsqlConnection>> _waiting = [];
    private int _calls;

    [Fact]
    public async Task Pool_that_grows_per_call_leaks_idle_connections()
    {
        var dataSource = _sources.Create(maxPoolSize: 200);

        var report = await Checks.RunAsync(() => OpenAtOnce(dataSource, ++_calls), NpgsqlProbes.IdleConnections(dataSource));

        Checks.AssertLeaking(report, "Npgsql idle connections");
    }

    [Fact]
    public async Task Reused_pooled_connection_stays_one_idle_connection()
    {
        var dataSource = _sources.Create();
        var other = _sources.Create(poolSuffix: "-other");
        await OpenAtOnce(other, 3);

        var report = await Checks.RunAsync(() => OpenAtOnce(dataSource, 1), NpgsqlProbes.IdleConnections(dataSource));

        Checks.AssertPassed(report, "Npgsql idle connections");

        // Another data source's idle connections (another pool name) are not counted: only this pool's single connection is.
        Assert.All(Assert.Single(report.Probes, p => p.Name == "Npgsql idle connections").Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task Open_requests_left_waiting_on_an_exhausted_pool_leak_pending_requests()
    {
        var dataSource = _sources.Create(maxPoolSize: 1);
        await using var held = await dataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);

        var report = await Checks.RunAsync(() => StartWaiting(dataSource), NpgsqlProbes.PendingConnectionRequests(dataSource));

        Checks.AssertLeaking(report, "Npgsql pending connection requests");
    }

    [Fact]
    public async Task Open_requests_served_at_once_leave_nothing_pending()
    {
        var dataSource = _sources.Create(maxPoolSize: 1);

        var report = await Checks.RunAsync(() => OpenAtOnce(dataSource, 1), NpgsqlProbes.PendingConnectionRequests(dataSource));

        Checks.AssertPassed(report, "Npgsql pending connection requests");
    }

    public async ValueTask DisposeAsync()
    {
        await _stopWaiting.CancelAsync();
        foreach (var waiting in _waiting)
        {
            try
            {
                await (await waiting).DisposeAsync();
            }
            catch (OperationCanceledException)
            {
                // Expected: the request was still waiting for the held connection.
            }
        }

        _stopWaiting.Dispose();
        await _sources.DisposeAsync();
    }

    private static async Task OpenAtOnce(NpgsqlDataSource dataSource, int count)
    {
        var connections = new List<NpgsqlConnection>(count);
        for (var i = 0; i < count; i++)
        {
            connections.Add(await dataSource.OpenConnectionAsync());
        }

        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }

    private Task StartWaiting(NpgsqlDataSource dataSource)
    {
        _waiting.Add(dataSource.OpenConnectionAsync(_stopWaiting.Token).AsTask());
        return Task.CompletedTask;
    }
}
