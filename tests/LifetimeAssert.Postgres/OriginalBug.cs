using Npgsql;

namespace LifetimeAssert.Postgres;

/// <summary>
/// The bug the product was born from, on Npgsql: a statement prepared per call on SQL text built per call, on a
/// pooled connection, and its parameterized fix. Shared by the probe and census tests.
/// </summary>
public static class OriginalBug
{
    public static async Task FindByConcatenatedIdAsync(NpgsqlDataSource dataSource, int id)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT " + id + " AS id", connection);
        await command.PrepareAsync();
        await command.ExecuteScalarAsync();
    }

    public static async Task FindByParameterAsync(NpgsqlDataSource dataSource, int id)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT $1 AS id", connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
        await command.PrepareAsync();
        await command.ExecuteScalarAsync();
    }
}
