using System.Data.Common;
using System.Net;
using LifetimeAssert.Xunit;

namespace LifetimeAssert.WebExample.Scenarios;

/// <summary>The same endpoints on a plain TestServer that the test builds itself (no WebApplicationFactory).</summary>
public sealed class TestServerScenarios(OrdersTestServer server) : IClassFixture<OrdersTestServer>
{
    [Fact, AssertNoLeak(Track = [typeof(DbConnection)])]
    public async Task TestServer_LeakyEndpoint()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri("/leaky/orders/2", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact, AssertNoLeak(Track = [typeof(DbConnection)])]
    public async Task TestServer_FixedEndpoint()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri("/orders/2", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
