using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace LifetimeAssert.Data.Tests;

/// <summary>
/// A provider whose asynchronous calls really go asynchronous (as Npgsql's do over the network), over SQLite,
/// whose own asynchronous calls complete synchronously: it makes the wrappers take their continuation path.
/// </summary>
public sealed class YieldingConnection(DbConnection inner) : DbConnection
{
    [AllowNull]
    public override string ConnectionString
    {
        get => inner.ConnectionString;
        set => inner.ConnectionString = value;
    }

    public override string Database => inner.Database;

    public override string DataSource => inner.DataSource;

    public override string ServerVersion => inner.ServerVersion;

    public override ConnectionState State => inner.State;

    public override void ChangeDatabase(string databaseName) => inner.ChangeDatabase(databaseName);

    public override void Close() => inner.Close();

    public override void Open() => inner.Open();

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => inner.BeginTransaction(isolationLevel);

    protected override async ValueTask<DbTransaction> BeginDbTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken)
    {
        await Task.Yield();
        return inner.BeginTransaction(isolationLevel);
    }

    protected override DbCommand CreateDbCommand() => new YieldingCommand(inner.CreateCommand());

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
