using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LifetimeAssert.EntityFrameworkCore.Tests;

/// <summary>
/// A SQLite database in a temporary file with three items, and the ways an application configures EF for it, all with
/// <c>AddLifetimeTracking()</c>. EF creates its own connections from the connection string, so they are its to release.
/// </summary>
public sealed class SqliteShop : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"la-ef-{Guid.NewGuid():N}.db");
    private readonly ServiceProvider _services;
    private readonly ServiceProvider _factoryServices;

    public SqliteShop()
    {
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ConnectionString;
        Options = new DbContextOptionsBuilder<ShopContext>().UseSqlite(ConnectionString).AddLifetimeTracking().Options;

        // Every EF-created connection to ":memory:" is a database of its own: transactions never wait for each other's locks.
        InMemoryOptions = new DbContextOptionsBuilder<ShopContext>().UseSqlite("Data Source=:memory:").AddLifetimeTracking().Options;

        using (var context = new ShopContext(Options))
        {
            context.Database.EnsureCreated();
            context.Items.AddRange(new Item { Name = "pen" }, new Item { Name = "ink" }, new Item { Name = "pad" });
            context.SaveChanges();
        }

        var services = new ServiceCollection();
        services.AddPooledDbContextFactory<ShopContext>(o => o.UseSqlite(ConnectionString).AddLifetimeTracking());
        _services = services.BuildServiceProvider();
        PooledFactory = _services.GetRequiredService<IDbContextFactory<ShopContext>>();

        var scoped = new ServiceCollection();
        scoped.AddDbContextPool<ShopContext>(o => o.UseSqlite(ConnectionString).AddLifetimeTracking());
        ScopedPool = scoped.BuildServiceProvider();

        var plain = new ServiceCollection();
        plain.AddDbContext<ShopContext>(o => o.UseSqlite(ConnectionString).AddLifetimeTracking());
        Plain = plain.BuildServiceProvider();

        var factory = new ServiceCollection();
        factory.AddDbContextFactory<ShopContext>(o => o.UseSqlite(ConnectionString).AddLifetimeTracking());
        _factoryServices = factory.BuildServiceProvider();
        PlainFactory = _factoryServices.GetRequiredService<IDbContextFactory<ShopContext>>();
    }

    public string ConnectionString { get; }

    public DbContextOptions<ShopContext> Options { get; }

    public DbContextOptions<ShopContext> InMemoryOptions { get; }

    /// <summary>From <c>AddPooledDbContextFactory</c>: disposing a context returns it to the pool.</summary>
    public IDbContextFactory<ShopContext> PooledFactory { get; }

    /// <summary>From <c>AddDbContextPool</c>: a scope's context goes back to the pool when the scope is disposed.</summary>
    public ServiceProvider ScopedPool { get; }

    /// <summary>From <c>AddDbContext</c>: a scope's context is disposed with the scope.</summary>
    public ServiceProvider Plain { get; }

    /// <summary>From <c>AddDbContextFactory</c>: a new context per call, the caller's to dispose.</summary>
    public IDbContextFactory<ShopContext> PlainFactory { get; }

    public void Dispose()
    {
        _services.Dispose();
        ScopedPool.Dispose();
        Plain.Dispose();
        _factoryServices.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
