using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace LifetimeAssert.WebExample.Scenarios;

/// <summary>The example app built by the test itself on a plain TestServer, with the hooks on its data source.</summary>
public sealed class OrdersTestServer : IAsyncLifetime
{
    private readonly WebApplication _app = OrdersApp.Build(
        // The content root is watched for appsettings changes: the output folder is small.
        ["--contentRoot", AppContext.BaseDirectory],
        builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
            builder.Services.TrackDataSource();
        });

    public HttpClient CreateClient() => _app.GetTestClient();

    public async ValueTask InitializeAsync() => await _app.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
