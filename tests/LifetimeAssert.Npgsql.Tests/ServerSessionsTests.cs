using Npgsql;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>A data source created per call and never disposed keeps its pool, and so a server session, per call.</summary>
[Collection(ServerWide.Name)]
public sealed class ServerSessionsTests(PostgresLeakFixture postgres) : IAsyncDisposable
{
    private const string ProbeName = "PostgreSQL server sessions";

    private readonly TestDataSources _sources = new(postgres.ConnectionString);

    [Fact]
    public async Task Data_source_per_call_never_disposed_leaks_a_server_session_per_call()
    {
        // The probe asks the server about sessions with this test's application name, whichever data source opened them.
        var probed = _sources.Create();

        var report = await Checks.RunAsync(() => QueryThroughNewDataSource(_sources), NpgsqlProbes.ServerSessions(probed));

        Checks.AssertLeaking(report, ProbeName);
    }

    [Fact]
    public async Task Shared_data_source_keeps_one_server_session()
    {
        var shared = _sources.Create();

        var report = await Checks.RunAsync(() => Query(shared), NpgsqlProbes.ServerSessions(shared));

        Checks.AssertPassed(report, ProbeName);
    }

    [Fact]
    public async Task Sessions_another_process_opens_during_the_check_are_not_counted()
    {
        // Same server, user, database and application name: only the process tells these sessions apart.
        var psql = OtherProcessSessions.FindPsql();
        Assert.SkipWhen(psql is null, "psql is not installed: no second process to open sessions.");
        var shared = _sources.Create();
        await using var otherProcess = new OtherProcessSessions(psql!, postgres.ConnectionString, _sources.ApplicationName);

        var report = await Checks.RunAsync(
            async () =>
            {
                await Query(shared);
                await otherProcess.OpenOneAsync();
            },
            NpgsqlProbes.ServerSessions(shared));

        Checks.AssertPassed(report, ProbeName);
        Assert.True(otherProcess.Count >= 8, $"the other process held {otherProcess.Count} sessions");
    }

    [Fact]
    public async Task Leak_in_this_process_is_caught_while_another_process_opens_sessions_too()
    {
        var psql = OtherProcessSessions.FindPsql();
        Assert.SkipWhen(psql is null, "psql is not installed: no second process to open sessions.");
        var probed = _sources.Create();
        await using var otherProcess = new OtherProcessSessions(psql!, postgres.ConnectionString, _sources.ApplicationName);

        var report = await Checks.RunAsync(
            async () =>
            {
                await QueryThroughNewDataSource(_sources);
                await otherProcess.OpenOneAsync();
            },
            NpgsqlProbes.ServerSessions(probed));

        Checks.AssertLeaking(report, ProbeName);

        // One session per run of this process's leak (the probe started before the first run), none of the other process's.
        Assert.Equal(report.TotalRuns, Assert.Single(report.Probes, p => p.Name == ProbeName).Values[^1]);
    }

    [Fact]
    public async Task Data_source_that_turns_off_the_connect_activity_is_refused_naming_the_setting()
    {
        // Without the activity the probe could not see this process's sessions, and would count 0 whatever leaked.
        var builder = new NpgsqlDataSourceBuilder(postgres.ConnectionString) { Name = _sources.ApplicationName + "-untraced" };
        builder.ConfigureTracing(tracing => tracing.EnablePhysicalOpenTracing(false));
        await using var untraced = builder.Build();

        var reason = Checks.AssertInconclusive(await Checks.RunAsync(() => QueryThroughNewDataSource(_sources), NpgsqlProbes.ServerSessions(untraced)));

        Assert.StartsWith($"Probe \"{ProbeName}\" failed while starting: ServerSessions tells this process's sessions", reason, StringComparison.Ordinal);
        Assert.Contains("EnablePhysicalOpenTracing(false)", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_probe_does_not_count_its_own_session()
    {
        // A user of its own and no application name: the probe's own session is the only one that could match.
        var role = $"la_probe_{Guid.NewGuid():N}";
        await using var admin = _sources.Create(poolSuffix: "-admin");
        await Execute(admin, $"CREATE ROLE {role} LOGIN{_sources.PasswordClause()}");
        try
        {
            var settings = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Username = role };
            await using var alone = NpgsqlDataSource.Create(settings.ConnectionString);

            var report = await Checks.RunAsync(() => Task.CompletedTask, NpgsqlProbes.ServerSessions(alone));

            Checks.AssertPassed(report, ProbeName);
            Assert.All(Assert.Single(report.Probes, p => p.Name == ProbeName).Values, count => Assert.Equal(0, count));
        }
        finally
        {
            await Execute(admin, $"DROP ROLE {role}");
        }
    }

    public ValueTask DisposeAsync() => _sources.DisposeAsync();

    private static async Task QueryThroughNewDataSource(TestDataSources sources)
    {
        // The data source is tracked only so the test can clean up; the code path itself never disposes it.
        var dataSource = sources.Create();
        await Query(dataSource);
    }

    private static async Task Execute(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task Query(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync();
    }
}
