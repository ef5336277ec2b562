using System.Data.Common;
using LifetimeAssert.Data;
using LifetimeAssert.Npgsql;
using LifetimeAssert.Npgsql.Testing;
using LifetimeAssert.Xunit;
using Xunit;

namespace LifetimeAssert.Docs.Snippets.AdoNet;

// begin-snippet: ado-net-hooks
public sealed class OrderRepositoryTests(PostgresLeakFixture postgres) : IClassFixture<PostgresLeakFixture>
{
    // TrackedDataSource is DataSource.WithLifetimeTracking(): any provider's DbDataSource, DbProviderFactory or DbConnection takes it
    [Fact, AssertNoLeak(Track = [typeof(DbConnection), typeof(DbDataReader), typeof(TrackedStatement)])]
    public Task FindById_releases_what_it_uses() => new OrderRepository(postgres.TrackedDataSource).FindByIdAsync(42);
}
// end-snippet

public sealed class ProbeMemberTests(PostgresLeakFixture fixture) : IClassFixture<PostgresLeakFixture>
{
    private readonly OrderRepository repository = new(fixture.TrackedDataSource);

    // begin-snippet: ado-net-probe-member
    public Probe Statements => NpgsqlProbes.PreparedStatements(fixture.DataSource);

    [Fact, AssertNoLeak(Probes = [nameof(Statements)], Track = [typeof(TrackedStatement)])]
    public Task FindById_prepares_one_statement() => repository.FindByIdAsync(42);
    // end-snippet
}
