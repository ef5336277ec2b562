using Npgsql;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>
/// The server-sessions probe is the one that asks the server while a check runs. A server that stops answering must
/// end the check inconclusive within a bounded time, naming the probe, even when the data source says to wait forever
/// (<c>Command Timeout=0</c>, <c>Timeout=0</c>). The tests assert the error, never how long it took.
/// </summary>
[Collection(ServerWide.Name)]
public sealed class ProbeTimeoutTests(PostgresLeakFixture postgres) : IAsyncDisposable
{
    private const string ProbeName = "PostgreSQL server sessions";

    private readonly List<NpgsqlDataSource> _created = [];

    [Fact(Timeout = 120_000)]
    public async Task Server_that_stops_answering_during_the_check_ends_it_at_the_data_sources_command_timeout()
    {
        using var proxy = Proxy();
        var dataSource = Through(proxy.Port, settings =>
        {
            settings.CommandTimeout = 1;
            settings.Timeout = 1;
        });

        var reason = Checks.AssertInconclusive(await RunAsync(FallSilent(proxy), NpgsqlProbes.ServerSessions(dataSource), TestContext.Current.CancellationToken));

        Assert.StartsWith(
            $"Probe \"{ProbeName}\" failed while sampling: the server at 127.0.0.1:{proxy.Port} did not answer the probe's query within 1 s",
            reason,
            StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task Command_timeout_of_zero_does_not_make_the_probe_wait_forever()
    {
        using var proxy = Proxy();
        // Timeout bounds the cancellation request Npgsql sends once the read timed out.
        var dataSource = Through(proxy.Port, settings =>
        {
            settings.CommandTimeout = 0;
            settings.Timeout = 1;
        });

        var reason = Checks.AssertInconclusive(await RunAsync(FallSilent(proxy), NpgsqlProbes.ServerSessions(dataSource), TestContext.Current.CancellationToken));

        Assert.StartsWith(
            $"Probe \"{ProbeName}\" failed while sampling: the server at 127.0.0.1:{proxy.Port} did not answer the probe's query within 10 s",
            reason,
            StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task Server_that_never_answers_fails_the_start_even_with_a_connection_timeout_of_zero()
    {
        using var silent = new SilentServer();
        var dataSource = Through(silent.Port, settings => settings.Timeout = 0);

        var reason = Checks.AssertInconclusive(await RunAsync(() => Task.CompletedTask, NpgsqlProbes.ServerSessions(dataSource), TestContext.Current.CancellationToken));

        Assert.StartsWith(
            $"Probe \"{ProbeName}\" failed while starting: the server at 127.0.0.1:{silent.Port} did not answer within 10 s when the probe connected",
            reason,
            StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task The_tests_cancellation_ends_a_read_the_server_never_answers_as_a_cancelled_check()
    {
        using var proxy = Proxy();

        // The read alone would wait 10 s for the silent server; the test's cancellation after 1 s ends it first.
        var dataSource = Through(proxy.Port, settings =>
        {
            settings.CommandTimeout = 0;
            settings.Timeout = 1;
        });
        using var test = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var body = FallSilent(proxy);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(
            () =>
            {
                test.CancelAfter(TimeSpan.FromSeconds(1));
                return body();
            },
            NpgsqlProbes.ServerSessions(dataSource),
            test.Token));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var dataSource in _created)
        {
            await dataSource.DisposeAsync();
        }
    }

    // The test's token, which its Timeout cancels: a probe that waits forever fails the test instead of hanging the run.
    private static Task<LeakReport> RunAsync(Func<Task> body, Probe probe, CancellationToken cancellationToken) =>
        Leak.CheckAsync(body, options => options.Iterations(8).Probe(probe), cancellationToken);

    private static Func<Task> FallSilent(FalteringProxy proxy) => () =>
    {
        proxy.FallSilent();
        return Task.CompletedTask;
    };

    private FalteringProxy Proxy()
    {
        var server = new NpgsqlConnectionStringBuilder(postgres.ConnectionString);
        return new FalteringProxy(server.Host!, server.Port);
    }

    private NpgsqlDataSource Through(int port, Action<NpgsqlConnectionStringBuilder> configure)
    {
        var settings = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Host = "127.0.0.1", Port = port, SslMode = SslMode.Disable };
        configure(settings);
        var dataSource = NpgsqlDataSource.Create(settings.ConnectionString);
        _created.Add(dataSource);
        return dataSource;
    }
}
