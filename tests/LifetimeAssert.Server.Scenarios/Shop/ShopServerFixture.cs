using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace LifetimeAssert.Server.Scenarios.Shop;

/// <summary>
/// The shop server, started once per test class, before any check: its request pipeline runs on TestServer's own
/// work items, outside every test's async flow.
/// </summary>
public sealed class ShopServerFixture : IAsyncLifetime
{
    private readonly WebApplication _app = ShopApi.Build();
    private HttpClient? _client;

    public HttpClient Client => _client ?? throw new InvalidOperationException("The shop server is not started.");

    public async ValueTask InitializeAsync()
    {
        await _app.StartAsync(TestContext.Current.CancellationToken);
        _client = _app.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        await _app.DisposeAsync();
    }
}
