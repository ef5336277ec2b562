using LifetimeAssert.EntityFrameworkCore;
using LifetimeAssert.Xunit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LifetimeAssert.EntityFrameworkCore.Scenarios;

public sealed class Order
{
    public int Id { get; set; }
}

public sealed class OrderContext(DbContextOptions<OrderContext> options) : DbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();
}

/// <summary>A SQLite database in a temporary file, shared by the class's tests, with EF's tracking on.</summary>
public sealed class OrderDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"la-ef-scenarios-{Guid.NewGuid():N}.db");

    public OrderDatabase()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ConnectionString;
        Options = new DbContextOptionsBuilder<OrderContext>().UseSqlite(connectionString).AddLifetimeTracking().Options;
        using var context = new OrderContext(Options);
        context.Database.EnsureCreated();
    }

    public DbContextOptions<OrderContext> Options { get; }

    public void Dispose() => File.Delete(_path);
}

public sealed class OrderScenarios(OrderDatabase database) : IClassFixture<OrderDatabase>
{
    [Fact, AssertNoLeak(Track = [typeof(DbContext)])]
    public void CountOrders_Leaking()
    {
        var context = new OrderContext(database.Options);
        Assert.Equal(0, context.Orders.Count());
    }

    [Fact, AssertNoLeak(Track = [typeof(DbContext)])]
    public void CountOrders_Clean()
    {
        using var context = new OrderContext(database.Options);
        Assert.Equal(0, context.Orders.Count());
    }
}
