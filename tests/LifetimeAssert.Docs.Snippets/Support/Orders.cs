using System.Data.Common;

namespace LifetimeAssert.Docs.Snippets;

public sealed record Order(int Id, string Description);

/// <summary>A statement a repository prepares, registered like a hook would register it.</summary>
public sealed class PreparedStatement
{
    public PreparedStatement() => LifetimeTracker.Track(this);
}

/// <summary>The repository the examples test; what it does does not matter, only that the examples compile.</summary>
public sealed class OrderRepository(DbDataSource? dataSource = null)
{
    public DbDataSource? DataSource { get; } = dataSource;

    public void Save(Order order)
    {
        using var connection = new Connection();
        _ = order;
    }

    public Task SaveAsync(Order order)
    {
        Save(order);
        return Task.CompletedTask;
    }

    public Task<Order?> FindById(int id) => Task.FromResult<Order?>(new Order(id, "first order"));

    public Task FindByIdAsync(int id) => FindById(id);

    public ValueTask FlushAsync() => ValueTask.CompletedTask;
}
