namespace LifetimeAssert.NUnitExample;

/// <summary>The code path under test: it opens a connection per call and disposes it.</summary>
public sealed class OrderRepository
{
    public void Save(int orderId)
    {
        using var connection = new Connection();
        connection.Execute($"insert into orders values ({orderId})");
    }
}
