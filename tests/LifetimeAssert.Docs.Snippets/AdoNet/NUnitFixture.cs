using LifetimeAssert.NUnit;
using LifetimeAssert.Npgsql.Testing;
using NUnit.Framework;

namespace LifetimeAssert.Docs.Snippets.AdoNet.NUnit;

// begin-snippet: ado-net-fixture-nunit
public sealed class OrderRepositoryTests
{
    private readonly PostgresLeakFixture _postgres = new();

    public Probe Statements => _postgres.PreparedStatements;

    [OneTimeSetUp] public async Task StartAsync() => await _postgres.InitializeAsync();
    [OneTimeTearDown] public async Task StopAsync() => await _postgres.DisposeAsync();

    [Test, AssertNoLeak(Probes = [nameof(Statements)])]
    public Task FindById_prepares_one_statement() => new OrderRepository(_postgres.DataSource).FindByIdAsync(42);
}
// end-snippet
