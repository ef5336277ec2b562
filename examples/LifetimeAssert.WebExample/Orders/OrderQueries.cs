using System.Data.Common;

namespace LifetimeAssert.WebExample.Orders;

/// <summary>The one query both repositories run; they differ only in how they get and release the connection.</summary>
internal static class OrderQueries
{
    public static async Task<Order?> FindAsync(DbConnection connection, int id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, description FROM orders WHERE id = @id";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        parameter.Value = id;
        command.Parameters.Add(parameter);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new Order(reader.GetInt32(0), reader.GetString(1)) : null;
    }
}
