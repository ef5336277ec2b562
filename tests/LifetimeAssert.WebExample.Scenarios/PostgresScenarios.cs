using System.Data.Common;
using System.Net;
using LifetimeAssert.Npgsql;
using LifetimeAssert.Xunit;

namespace LifetimeAssert.WebExample.Scenarios;

/// <summary>
/// The endpoints on PostgreSQL, through WebApplicationFactory: beside the tracked connections, Npgsql's own count of
/// the pool's connections in use shows what the leak costs the server (the pool runs dry at its maximum size).
/// </summary>
public sealed class PostgresScenarios(PostgresOrdersApiFactory factory) : IClassFixture<PostgresOrdersApiFactory>
{
    public Probe ConnectionsInUse => NpgsqlProbes.ConnectionsInUse(factory.DataSource);

    [Fact, AssertNoLeak(Track = [typeof(DbConnection)], Probes = [nameof(ConnectionsInUse)])]
    public Task Postgres_LeakyEndpoint() => GetOkAsync("/leaky/orders/3");

    [Fact, AssertNoLeak(Track = [typeof(DbConnection)], Probes = [nameof(ConnectionsInUse)])]
    public Task Postgres_FixedEndpoint() => GetOkAsync("/orders/3");

    private async Task GetOkAsync(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
