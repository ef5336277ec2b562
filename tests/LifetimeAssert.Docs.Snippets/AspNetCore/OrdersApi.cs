using System.Data.Common;
using System.Net;
using LifetimeAssert.Data;
using LifetimeAssert.Xunit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LifetimeAssert.Docs.Snippets.AspNetCore;

// begin-snippet: aspnet-core-factory
public sealed class OrdersApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public ValueTask InitializeAsync() { _ = Server; return ValueTask.CompletedTask; }   // start before any check

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.ConfigureTestServices(services =>
    {
        // Replace the app's DbDataSource registration by the same data source through the hooks.
        var original = services.Last(d => d.ServiceType == typeof(DbDataSource));
        services.Remove(original);
        services.AddSingleton<DbDataSource>(sp => ((DbDataSource)original.ImplementationFactory!(sp)).WithLifetimeTracking());
    });
}

public sealed class OrderEndpointTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    [Fact, AssertNoLeak(Track = [typeof(DbConnection)])]
    public async Task Get_order_releases_its_connection()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/leaky/orders/1", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
// end-snippet
