using System.Net;
using LifetimeAssert.Server.Scenarios.Shop;
using LifetimeAssert.Xunit;

namespace LifetimeAssert.Server.Scenarios;

/// <summary>
/// Requests to a minimal API on TestServer. The handler creates the RequestLog on the server's pipeline, outside the
/// test's async flow; the class runs alone (the registered LifetimeAssert framework schedules it so), so the check
/// counts it.
/// </summary>
public sealed class EndpointScenarios(ShopServerFixture server) : IClassFixture<ShopServerFixture>
{
    [Fact, AssertNoLeak(Track = [typeof(RequestLog)])]
    public Task Endpoint_Leaking() => GetOkAsync("/leaky/42");

    [Fact, AssertNoLeak(Track = [typeof(RequestLog)])]
    public Task Endpoint_Clean() => GetOkAsync("/clean/42");

    private async Task GetOkAsync(string path)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
