using LifetimeAssert.Npgsql.Testing;
using LifetimeAssert.Xunit;
using Xunit;

// begin-snippet: ado-net-fixture-xunit
[assembly: AssemblyFixture(typeof(PostgresLeakFixture))]          // xUnit v3 (or IClassFixture<PostgresLeakFixture>)
// end-snippet

namespace LifetimeAssert.Docs.Snippets.AdoNet.AssemblyFixture;

// begin-snippet: ado-net-fixture-xunit
public sealed class OrderRepositoryTests(PostgresLeakFixture postgres)
{
    public Probe Statements => postgres.PreparedStatements;

    [Fact, AssertNoLeak(Probes = [nameof(Statements)])]
    public Task FindById_prepares_one_statement() => new OrderRepository(postgres.DataSource).FindByIdAsync(42);
}
// end-snippet
