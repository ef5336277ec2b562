using System.Data.Common;
using System.Net;
using LifetimeAssert.Xunit;

namespace LifetimeAssert.WebExample.Scenarios;

/// <summary>
/// The endpoints called through WebApplicationFactory's client. The connections are made on the server's request
/// pipeline, outside the test's async flow; the class runs alone (the registered LifetimeAssert framework schedules it
/// so), so the check counts them.
/// </summary>
public sealed class WebApplicationFactoryScenarios(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    [Fact, AssertNoLeak(Track = [typeof(DbConnection)])]
    public async Task Factory_LeakyEndpoint()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/leaky/orders/1", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact, AssertNoLeak(Track = [typeof(DbConnection)])]
    public async Task Factory_FixedEndpoint()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/orders/1", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
