using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LifetimeAssert.Server.Scenarios.Shop;

/// <summary>A minimal API on TestServer with a leaking endpoint and its clean twin.</summary>
public static class ShopApi
{
    public static WebApplication Build()
    {
        // The content root is watched for appsettings changes (recursively, one inotify watch per folder): the
        // output folder is small, the runner's working directory may be the whole repository.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseTestServer();

        // A line per request in the runner's output would bury the reports.
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<RequestLogStore>();

        var app = builder.Build();
        app.MapGet("/leaky/{id:int}", (int id, RequestLogStore store) =>
        {
            store.Add(new RequestLog(id));
            return Results.Ok();
        });
        app.MapGet("/clean/{id:int}", (int id) =>
        {
            var log = new RequestLog(id);
            return Results.Ok(log.OrderId);
        });
        return app;
    }
}
