using System.Net;
using LifetimeAssert.Server.Scenarios.Shop;
using LifetimeAssert.Xunit;

namespace LifetimeAssert.Server.Scenarios;

/// <summary>
/// The leaking endpoint with <c>RunAlone = false</c>: the class runs in parallel, so a RequestLog made on the server's
/// pipeline cannot be told apart from another test's and counts for no check. The test must fail as unchecked,
/// never pass in silence. Its own class, so it gets its own server and its own schedule.
/// </summary>
public sealed class EndpointNotAloneScenarios(ShopServerFixture server) : IClassFixture<ShopServerFixture>
{
    [Fact, AssertNoLeak(RunAlone = false, Track = [typeof(RequestLog)])]
    public async Task Endpoint_NotAlone_Leaking()
    {
        using var response = await server.Client.GetAsync(new Uri("/leaky/42", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
