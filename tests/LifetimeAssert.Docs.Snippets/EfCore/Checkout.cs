using System.Data.Common;
using LifetimeAssert.EntityFrameworkCore;
using LifetimeAssert.Xunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace LifetimeAssert.Docs.Snippets.EfCore;

public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options);

public sealed class Shop(ShopContext context)
{
    public Task<int> CheckoutAsync(int orderId) => context.Database.ExecuteSqlAsync($"SELECT {orderId}");
}

public sealed class CheckoutTests(Shop shop) : IClassFixture<Shop>
{
    internal static void Configure(IServiceCollection services, NpgsqlDataSource dataSource)
    {
        // begin-snippet: ef-core-hooks
        services.AddDbContextPool<ShopContext>(o => o.UseNpgsql(dataSource).AddLifetimeTracking());
        // end-snippet
    }

    // begin-snippet: ef-core-hooks
    [Fact, AssertNoLeak(Track = [typeof(DbContext), typeof(DbConnection), typeof(DbDataReader), typeof(DbTransaction)])]
    public async Task Checkout_releases_what_it_uses() => await shop.CheckoutAsync(42);
    // end-snippet

    internal static Task<LeakReport> InternalServiceProviders(Func<Task> body) =>
        // begin-snippet: ef-core-service-providers
        Leak.CheckAsync(body, o => o.Probe(EfCoreProbes.InternalServiceProviders()).RunsAlone());
        // end-snippet
}
