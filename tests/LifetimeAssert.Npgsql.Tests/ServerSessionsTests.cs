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
