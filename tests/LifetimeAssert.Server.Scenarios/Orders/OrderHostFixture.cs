using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LifetimeAssert.Server.Scenarios.Orders;

/// <summary>A host running the order processor, started once per test class, before any check.</summary>
public sealed class OrderHostFixture : IAsyncLifetime
{
    private readonly IHost _host = Build();

    public OrderQueue Orders => _host.Services.GetRequiredService<OrderQueue>();

    public async ValueTask InitializeAsync() => await _host.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }

    private static IHost Build()
    {
        // Same reasons as the shop server: a small watched content root, no log line per order.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<OrderQueue>();
        builder.Services.AddSingleton<JobHistory>();
        builder.Services.AddHostedService<OrderProcessor>();
        return builder.Build();
    }
}
