using System.Globalization;
using LifetimeAssert.Npgsql;
using LifetimeAssert.Npgsql.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static LifetimeAssert.EntityFrameworkCore.Tests.Verdicts;

namespace LifetimeAssert.EntityFrameworkCore.Tests;

/// <summary>
/// The seed's bug written with EF on PostgreSQL: <c>FromSqlRaw</c> on SQL text built per call, prepared by the
/// application's <see cref="PreparingInterceptor"/>, leaves one server-side statement per call on the pooled physical
/// connection of the <see cref="NpgsqlDataSource"/> EF uses; the parameterized twin reuses one.
/// </summary>
[Collection(ProcessWide.Name)]
public sealed class PreparedStatementTests(PostgresLeakFixture postgres) : IClassFixture<PostgresLeakFixture>, IAsyncDisposable
{
    private const string ProbeName = "Npgsql prepared statements";

    // A query that needs no table: the server generates the rows.
    private const string ItemsSql = "SELECT g AS \"Id\", 'item ' || g AS \"Name\" FROM generate_series(1, 100) AS g WHERE g = ";

    private readonly NpgsqlDataSource _dataSource = new NpgsqlDataSourceBuilder(postgres.ConnectionString) { Name = $"la-ef-{Guid.NewGuid():N}" }.Build();
    private int _id;

    [Fact]
    public async Task FromSqlRaw_on_sql_built_per_call_and_prepared_leaks_a_statement_per_call()
    {
        var report = await Leak.CheckAsync(async () => await FindByConcatenatedIdAsync(++_id), Options, Ct);

        AssertLeaking(report, ProbeName);
        Assert.Equal(ProbeName, Assert.Single(report.Leaks).Name);
    }

    [Fact]
    public async Task FromSqlRaw_with_a_parameter_reuses_its_prepared_statement()
    {
        var report = await Leak.CheckAsync(async () => await FindByParameterAsync(++_id), Options, Ct);

        AssertPassed(report, ProbeName);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private void Options(LeakOptionsBuilder options) =>
        options.Iterations(8).Probe(NpgsqlProbes.PreparedStatements(_dataSource)).Track<DbContext>();

    // Built per call on purpose, as an application that configures each context would; only the data source (a
    // singleton option) makes EF build a provider, once per test.
    private DbContextOptions<ShopContext> ContextOptions() =>
        new DbContextOptionsBuilder<ShopContext>().UseNpgsql(_dataSource)
            .AddInterceptors(new PreparingInterceptor())
            .ConfigureWarnings(EfWarnings.AllowManyServiceProviders)
            .AddLifetimeTracking()
            .Options;

    private async Task<string?> FindByConcatenatedIdAsync(int id)
    {
        await using var context = new ShopContext(ContextOptions());
        // The bug on purpose: the id is concatenated into the SQL text, so every call prepares a new statement.
#pragma warning disable EF1003
        var item = await context.Items.FromSqlRaw(ItemsSql + id.ToString(CultureInfo.InvariantCulture)).FirstOrDefaultAsync(Ct);
#pragma warning restore EF1003
        return item?.Name;
    }

    private async Task<string?> FindByParameterAsync(int id)
    {
        await using var context = new ShopContext(ContextOptions());
#pragma warning disable EF1003 // ItemsSql is a constant; the id is a parameter.
        var item = await context.Items.FromSqlRaw(ItemsSql + "{0}", id).FirstOrDefaultAsync(Ct);
#pragma warning restore EF1003
        return item?.Name;
    }
}
