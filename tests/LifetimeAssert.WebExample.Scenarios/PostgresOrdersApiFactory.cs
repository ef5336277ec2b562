using System.Data.Common;
using LifetimeAssert.Data;
using LifetimeAssert.Npgsql.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LifetimeAssert.WebExample.Scenarios;

/// <summary>
/// The example app in WebApplicationFactory on a PostgreSQL server: its data source is one the fixture made (through
/// the hooks), so that a probe can count the pool's connections in use while the endpoints run.
/// </summary>
public sealed class PostgresOrdersApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private PostgresServer? _server;
    private NpgsqlDataSource? _dataSource;

    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException("The PostgreSQL server is not started.");

    public async ValueTask InitializeAsync()
    {
        _server = await PostgresServer.StartAsync(TestContext.Current.CancellationToken);

        // The connections probe reads Npgsql's meter by pool name: a name of its own keeps other pools out.
        _dataSource = new NpgsqlDataSourceBuilder(_server.ConnectionString) { Name = "web-example-" + Guid.NewGuid().ToString("N") }.Build();
        _ = Server;
    }

    public override async ValueTask DisposeAsync()
    {
        // The app first: its container gives back the connections it kept.
        await base.DisposeAsync();
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureTestServices(services =>
        {
            services.Remove(services.Last(d => d.ServiceType == typeof(DbDataSource)));
            services.AddSingleton<DbDataSource>(DataSource.WithLifetimeTracking());
        });
    }
}
