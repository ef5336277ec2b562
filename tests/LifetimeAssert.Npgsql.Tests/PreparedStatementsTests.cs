using LifetimeAssert.Postgres;
using Npgsql;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>The original bug: a statement prepared per call on SQL text built per call, on a pooled connection.</summary>
[Collection(ServerWide.Name)]
public sealed class PreparedStatementsTests(PostgresLeakFixture postgres) : IAsyncDisposable
{
    private const string ProbeName = "Npgsql prepared statements";

    private readonly TestDataSources _sources = new(postgres.ConnectionString);
    private int _id;

    [Fact]
    public async Task Prepare_on_sql_built_per_call_leaks_one_statement_per_call()
    {
        var dataSource = _sources.Create();

        var report = await Checks.RunAsync(() => OriginalBug.FindByConcatenatedIdAsync(dataSource, ++_id), NpgsqlProbes.PreparedStatements(dataSource));

        Checks.AssertLeaking(report, ProbeName);
    }

    [Fact]
    public async Task Prepare_on_parameterized_sql_reuses_its_statement()
    {
        var dataSource = _sources.Create();

        var report = await Checks.RunAsync(() => OriginalBug.FindByParameterAsync(dataSource, ++_id), NpgsqlProbes.PreparedStatements(dataSource));

        Checks.AssertPassed(report, ProbeName);
    }

    [Fact]
    public async Task Prepare_on_sql_built_per_call_leaks_through_a_multi_host_data_source()
    {
        var dataSource = _sources.CreateMultiHost();

        var report = await Checks.RunAsync(() => OriginalBug.FindByConcatenatedIdAsync(dataSource, ++_id), NpgsqlProbes.PreparedStatements(dataSource));

        Checks.AssertLeaking(report, ProbeName);
    }

    [Fact]
    public async Task Prepare_on_sql_built_per_call_leaks_through_a_target_session_wrapper()
    {
        // WithTargetSession returns an internal wrapper type; the probe counts the multi-host pools behind it.
        var dataSource = _sources.CreateMultiHost().WithTargetSession(TargetSessionAttributes.Any);

        var report = await Checks.RunAsync(() => OriginalBug.FindByConcatenatedIdAsync(dataSource, ++_id), NpgsqlProbes.PreparedStatements(dataSource));

        Checks.AssertLeaking(report, ProbeName);
    }

    public ValueTask DisposeAsync() => _sources.DisposeAsync();
}
