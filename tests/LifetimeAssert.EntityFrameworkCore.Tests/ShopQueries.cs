using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifetimeAssert.EntityFrameworkCore.Tests;

/// <summary>Application code over EF: each leak the hooks catch, beside its fixed twin. The leaks' sites name this file.</summary>
public sealed class ShopQueries(SqliteShop shop)
{
    public int CountWithUndisposedContext()
    {
        var context = new ShopContext(shop.Options);
        return context.Items.Count();
    }

    public int CountWithDisposedContext()
    {
        using var context = new ShopContext(shop.Options);
        return context.Items.Count();
    }

    public int CountWithPooledContextNeverReturned()
    {
        var context = shop.PooledFactory.CreateDbContext();
        return context.Items.Count();
    }

    public int CountWithPooledContextReturned()
    {
        using var context = shop.PooledFactory.CreateDbContext();
        return context.Items.Count();
    }

    public int CountInScopeNeverDisposed()
    {
        var scope = shop.ScopedPool.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ShopContext>().Items.Count();
    }

    public int CountInDisposedScope()
    {
        using var scope = shop.ScopedPool.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ShopContext>().Items.Count();
    }

    public int CountInPlainScopeNeverDisposed()
    {
        var scope = shop.Plain.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ShopContext>().Items.Count();
    }

    public int CountInDisposedPlainScope()
    {
        using var scope = shop.Plain.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ShopContext>().Items.Count();
    }

    public int CountWithFactoryContextNeverDisposed()
    {
        var context = shop.PlainFactory.CreateDbContext();
        return context.Items.Count();
    }

    public int CountWithFactoryContextDisposed()
    {
        using var context = shop.PlainFactory.CreateDbContext();
        return context.Items.Count();
    }

    /// <summary>Reads the first item of a streamed query and walks away: the enumerator, and the reader, stay open.</summary>
    public static async Task<string> FirstStreamedAbandoned(ShopContext context)
    {
        var items = context.Items.OrderBy(i => i.Id).AsAsyncEnumerable().GetAsyncEnumerator();
        await items.MoveNextAsync();
        return items.Current.Name;
    }

    public static async Task<int> StreamedToTheEnd(ShopContext context)
    {
        var count = 0;
        await foreach (var item in context.Items.AsAsyncEnumerable())
        {
            count += item.Name.Length;
        }

        return count;
    }

    public int TransactionNeverCommitted()
    {
        var context = new ShopContext(shop.InMemoryOptions);
        context.Database.BeginTransaction();
        return context.Database.ExecuteSqlRaw("SELECT 1");
    }

    public int TransactionCommitted()
    {
        using var context = new ShopContext(shop.InMemoryOptions);
        using var transaction = context.Database.BeginTransaction();
        var result = context.Database.ExecuteSqlRaw("SELECT 1");
        transaction.Commit();
        return result;
    }

    public int ConnectionOpenedNeverClosed()
    {
        var context = new ShopContext(shop.Options);
        context.Database.OpenConnection();
        return context.Items.Count();
    }

    public int ConnectionOpenedAndClosed()
    {
        using var context = new ShopContext(shop.Options);
        context.Database.OpenConnection();
        var count = context.Items.Count();
        context.Database.CloseConnection();
        return count;
    }
}
