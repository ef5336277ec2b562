using Microsoft.EntityFrameworkCore;

namespace LifetimeAssert.EntityFrameworkCore.Tests;

public sealed class Item
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;
}

public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
{
    public DbSet<Item> Items => Set<Item>();
}
