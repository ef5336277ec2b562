using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace LifetimeAssert.WebExample.Scenarios;

/// <summary>
/// The example app in WebApplicationFactory, with the hooks on its data source. A class fixture: the server starts
/// once, before any check, and its request pipeline runs outside every test's async flow.
/// </summary>
public sealed class OrdersApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public ValueTask InitializeAsync()
    {
        // Starts the server now rather than on the first request, inside a test.
        _ = Server;
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // A line per request in the runner's output would bury the reports.
        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureTestServices(services => services.TrackDataSource());
    }
}
