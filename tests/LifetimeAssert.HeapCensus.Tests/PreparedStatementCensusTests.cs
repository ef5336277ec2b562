using LifetimeAssert.Postgres;
using Npgsql;

namespace LifetimeAssert.HeapCensus.Tests;

/// <summary>
/// The original bug, found with no hook and no probe: a statement prepared per call on SQL text built per call
/// stays in the pooled connection's statement manager, counted by Npgsql's internal type name.
/// </summary>
[Collection(CensusCollection.Name)]
public sealed class PreparedStatementCensusTests(PostgresLeakFixture postgres) : IClassFixture<PostgresLeakFixture>, IAsyncDisposable
{
    private const string StatementType = "Npgsql.PreparedStatement";

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(postgres.ConnectionString);
    private int _id;

    [Fact]
    public async Task Prepare_on_sql_built_per_call_leaks_a_statement_per_call()
    {
        var report = await Checks.RunAsync(() => OriginalBug.FindByConcatenatedIdAsync(_dataSource, ++_id), o => o.Census(StatementType));

        var text = Checks.AssertLeaking(report, StatementType);
        Checks.AssertHeldBy(text, "-> PreparedStatement");
    }

    [Fact]
    public async Task Prepare_on_parameterized_sql_reuses_its_statement()
    {
        var report = await Checks.RunAsync(() => OriginalBug.FindByParameterAsync(_dataSource, ++_id), o => o.Census(StatementType));

        Checks.AssertPassed(report);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
