using System.Data.Common;
using LifetimeAssert.Data;
using Microsoft.Data.Sqlite;

namespace LifetimeAssert.SweptExample;

/// <summary>
/// One long-lived connection for the class, like the service's database handle. <c>WithLifetimeTracking()</c> is the
/// only LifetimeAssert call: the commands, readers and statements made through it are what the sweep checks.
/// </summary>
public sealed class OrdersDatabase : IDisposable
{
    public OrdersDatabase()
    {
        Connection = new SqliteConnection("Data Source=:memory:").WithLifetimeTracking();
        Connection.Open();
        using var command = Connection.CreateCommand();
        command.CommandText = "CREATE TABLE orders (id INTEGER PRIMARY KEY, description TEXT NOT NULL); "
            + "INSERT INTO orders (id, description) VALUES (1, 'first order')";
        command.ExecuteNonQuery();
    }

    public DbConnection Connection { get; }

    public void Dispose() => Connection.Dispose();
}
