using System.Data.Common;

namespace LifetimeAssert.Example;

/// <summary>An order as the repositories return it.</summary>
public sealed record Order(int Id, string Description);

/// <summary>
/// The original bug: the SQL is built per call and prepared. Every distinct text becomes one more prepared
/// statement held by the connection (on PostgreSQL: on the server, per physical connection) until the
/// connection closes. Disposing the command does not free it.
/// </summary>
public sealed class LeakyOrderRepository(DbConnection connection)
{
    public Order? FindById(int id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, description FROM orders WHERE id = " + id;
        command.Prepare();
        return OrderReader.ReadOne(command);
    }
}

/// <summary>
/// The service's bug as it was written: each call prepares a statement and never closes it. The command is never
/// disposed, so what it prepared stays with the long-lived connection. Every ordinary test that calls it passes;
/// under the per-test sweep (<c>[assembly: LeakSweep]</c>) the one that calls it fails naming this method.
/// </summary>
public sealed class UnclosedOrderRepository(DbConnection connection)
{
    public Order? FindById(int id)
    {
        var command = connection.CreateCommand();
        command.CommandText = "SELECT id, description FROM orders WHERE id = @id";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
        command.Prepare();
        return OrderReader.ReadOne(command);
    }
}

/// <summary>The fix: one parameterized text, prepared once per connection and reused.</summary>
public sealed class FixedOrderRepository(DbConnection connection)
{
    public Order? FindById(int id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, description FROM orders WHERE id = @id";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
        command.Prepare();
        return OrderReader.ReadOne(command);
    }
}

internal static class OrderReader
{
    public static Order? ReadOne(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        return reader.Read() ? new Order(reader.GetInt32(0), reader.GetString(1)) : null;
    }
}
