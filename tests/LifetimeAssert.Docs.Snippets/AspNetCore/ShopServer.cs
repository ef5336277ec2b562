using System.Net;
using LifetimeAssert.Xunit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LifetimeAssert.Docs.Snippets.AspNetCore;

public sealed class RequestLog
{
    public RequestLog(int id)
    {
        Id = id;
        LifetimeTracker.Track(this);
    }

    public int Id { get; }
}

public sealed class RequestLogStore
{
    private readonly List<RequestLog> _logs = [];

    public void Add(RequestLog log) => _logs.Add(log);
}

/// <summary>The server, started once per class on a TestServer.</summary>
public sealed class ShopServerFixture : IAsyncLifetime
{
    private readonly WebApplication _app = Build();

    public HttpClient Client => _app.GetTestClient();

    public async ValueTask InitializeAsync() => await _app.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static WebApplication Build()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<RequestLogStore>();
        var app = builder.Build();
        // begin-snippet: aspnet-core-endpoint
        app.MapGet("/leaky/{id:int}", (int id, RequestLogStore store) => { store.Add(new RequestLog(id)); return Results.Ok(); });
        // end-snippet
        return app;
    }
}

// begin-snippet: aspnet-core-endpoint
public sealed class EndpointScenarios(ShopServerFixture server) : IClassFixture<ShopServerFixture>
{
    [Fact, AssertNoLeak(Track = [typeof(RequestLog)])]   // RequestLog() calls LifetimeTracker.Track(this)
    public async Task Endpoint_Leaking()
    {
        using var response = await server.Client.GetAsync(new Uri("/leaky/42", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
// end-snippet
