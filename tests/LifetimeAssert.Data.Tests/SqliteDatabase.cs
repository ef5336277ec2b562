using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace LifetimeAssert.Data.Tests;

/// <summary>A throwaway SQLite database in a temporary file, with a table of three items, reached through tracked objects.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"lifetimeassert-data-{Guid.NewGuid():N}.db");

    public SqliteDatabase()
    {
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = _path }.ToString();
        DataSource = SqliteFactory.Instance.CreateDataSource(ConnectionString).WithLifetimeTracking();
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
            INSERT INTO items (id, name) VALUES (1, 'one'), (2, 'two'), (3, 'three');
            """;
        command.ExecuteNonQuery();
    }

    public string ConnectionString { get; }

    public TrackedDataSource DataSource { get; }

    /// <summary>Counts rows through an untracked connection of its own, to see what others committed.</summary>
    public long CountItems()
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM items";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        DataSource.Dispose();
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        File.Delete(_path);
    }

    /// <summary>Opens a tracked connection that the test owns.</summary>
    public TrackedConnection Open() => (TrackedConnection)DataSource.OpenConnection();

    /// <summary>Adds a parameter the ADO.NET way, through the tracked command.</summary>
    public static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
