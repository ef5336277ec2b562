using Npgsql;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>
/// A probe keeps one check's state (a meter listener, a connection, the pools it reads) from Start to Stop. One probe
/// instance given to two checks that run at the same time must not let the second take over the first's state: the
/// second is refused, naming the probe, and the first goes on undisturbed. One check after another may reuse it.
/// </summary>
[Collection(ServerWide.Name)]
public sealed class SharedProbeTests(PostgresLeakFixture postgres) : IAsyncDisposable
{
    private readonly TestDataSources _sources = new(postgres.ConnectionString);

    public static TheoryData<string> ProbeNames() => BadInputTests.ProbeNames();

    [Theory]
    [MemberData(nameof(ProbeNames))]
    public async Task Probe_counting_for_a_running_check_refuses_a_second_check(string probeName)
    {
        var dataSource = _sources.Create();
        var probe = BadInputTests.Create(probeName, dataSource);
        var firstIsRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = Checks.RunAsync(
            async () =>
            {
                firstIsRunning.TrySetResult();
                await release.Task;
                await Query(dataSource);
            },
            probe);
        await firstIsRunning.Task;

        var second = await Checks.RunAsync(() => Query(dataSource), probe);
        release.SetResult();

        var reason = Checks.AssertInconclusive(second);
        Assert.Equal(
            $"Probe \"{probeName}\" failed while starting: this probe instance is counting for another check that has not ended; " +
            "a probe holds one check's state, so give each check a probe of its own (NpgsqlProbes returns a new one on every call).",
            reason);
        Checks.AssertPassed(await first, probeName);

        // The refusal took nothing from the probe: once the first check ended, it serves the next one.
        Checks.AssertPassed(await Checks.RunAsync(() => Query(dataSource), probe), probeName);
    }

    [Theory]
    [MemberData(nameof(ProbeNames))]
    public async Task Probe_serves_one_check_after_another(string probeName)
    {
        var dataSource = _sources.Create();
        var probe = BadInputTests.Create(probeName, dataSource);

        var first = await Checks.RunAsync(() => Query(dataSource), probe);
        var second = await Checks.RunAsync(() => Query(dataSource), probe);

        Checks.AssertPassed(first, probeName);
        Checks.AssertPassed(second, probeName);
    }

    [Fact]
    public async Task Probe_whose_start_failed_can_start_again()
    {
        var dataSource = _sources.Create();
        var settings = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Host = "127.0.0.1", Port = BadInputTests.PortWithNothingListening(), Timeout = 3 };
        await using var refused = NpgsqlDataSource.Create(settings.ConnectionString);
        var failing = NpgsqlProbes.ServerSessions(refused);

        Checks.AssertInconclusive(await Checks.RunAsync(() => Query(dataSource), failing));
        var reason = Checks.AssertInconclusive(await Checks.RunAsync(() => Query(dataSource), failing));

        // Unreachable again, not refused by the probe as if the failed check still held it.
        Assert.DoesNotContain("another check", reason, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _sources.DisposeAsync();

    private static async Task Query(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync();
    }
}
