using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LifetimeAssert.WebExample.Orders;

/// <summary>Registers the orders database: the data source, a connection per resolution, and the schema.</summary>
public static class OrdersDatabase
{
    /// <param name="services">The application's services.</param>
    /// <param name="postgres">A PostgreSQL connection string, or null or empty for an in-memory SQLite database.</param>
    public static IServiceCollection AddOrdersDatabase(this IServiceCollection services, string? postgres)
    {
        if (string.IsNullOrEmpty(postgres))
        {
            // A named in-memory database lives while one connection to it is open: OrdersSchema keeps one.
            var sqlite = $"Data Source=orders-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
            services.AddSingleton<DbDataSource>(_ => SqliteFactory.Instance.CreateDataSource(sqlite));
        }
        else
        {
            services.AddSingleton<DbDataSource>(_ => NpgsqlDataSource.Create(postgres));
        }

        // The way many Dapper-style apps hand out connections; disposing one is the caller's job.
        services.AddTransient(provider => provider.GetRequiredService<DbDataSource>().CreateConnection());
        services.AddHostedService<OrdersSchema>();
        return services;
    }
}
