using LifetimeAssert.WebExample.Orders;

namespace LifetimeAssert.WebExample;

/// <summary>
/// The whole application, built in one place so that Program.cs runs it and a test can build it on its own server
/// (<c>builder.WebHost.UseTestServer()</c>) without WebApplicationFactory.
/// </summary>
public static class OrdersApp
{
    /// <param name="args">The command line.</param>
    /// <param name="configure">Changes a test makes before the app is built (its server, its services).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddOrdersDatabase(Environment.GetEnvironmentVariable("LIFETIMEASSERT_POSTGRES"));
        builder.Services.AddSingleton<LeakyOrderRepository>();
        builder.Services.AddScoped<OrderRepository>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapGet("/leaky/orders/{id:int}", async (int id, LeakyOrderRepository orders, CancellationToken ct) =>
            await orders.FindAsync(id, ct) is { } order ? Results.Ok(order) : Results.NotFound());
        app.MapGet("/orders/{id:int}", async (int id, OrderRepository orders, CancellationToken ct) =>
            await orders.FindAsync(id, ct) is { } order ? Results.Ok(order) : Results.NotFound());
        return app;
    }
}
