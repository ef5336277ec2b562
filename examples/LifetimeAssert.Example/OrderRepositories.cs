namespace LifetimeAssert.Example;

/// <summary>The original bug: SQL built per call, prepared, and never closed.</summary>
public sealed class LeakyOrderRepository(Database database)
{
    public Order FindById(int id)
    {
        var statement = database.Prepare("SELECT * FROM orders WHERE id = " + id);
        return statement.Query(id);
    }
}

/// <summary>The fix: one parameterized statement, closed after use.</summary>
public sealed class FixedOrderRepository(Database database)
{
    public Order FindById(int id)
    {
        using var statement = database.Prepare("SELECT * FROM orders WHERE id = $1");
        return statement.Query(id);
    }
}
