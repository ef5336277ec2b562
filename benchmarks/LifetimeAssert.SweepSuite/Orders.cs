using LifetimeAssert.Data;
using Microsoft.Data.Sqlite;

namespace LifetimeAssert.SweepSuite;

/// <summary>What every generated test does: open a tracked connection, run a command, read its rows, dispose all three.</summary>
internal static class Orders
{
    private static readonly TrackedDataSource DataSource =
        SqliteFactory.Instance.CreateDataSource("Data Source=:memory:").WithLifetimeTracking();

    /// <summary>The sum of the numbers 1 to <paramref name="count"/>, counted by SQLite.</summary>
    public static long SumTo(int count)
    {
        using var connection = DataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $count) SELECT i FROM n";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$count";
        parameter.Value = count;
        command.Parameters.Add(parameter);
        using var reader = command.ExecuteReader();
        long sum = 0;
        while (reader.Read())
        {
            sum += reader.GetInt64(0);
        }

        return sum;
    }
}
