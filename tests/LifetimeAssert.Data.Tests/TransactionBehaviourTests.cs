using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace LifetimeAssert.Data.Tests;

/// <summary>Transactions through the wrappers commit and roll back on the provider's transaction.</summary>
public sealed class TransactionBehaviourTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _database.Dispose();

    [Fact]
    public void A_committed_insert_is_visible_to_another_connection()
    {
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction();
        Insert(connection, transaction, "four");

        Assert.Equal(3, _database.CountItems());
        transaction.Commit();

        Assert.Equal(4, _database.CountItems());
    }

    [Fact]
    public async Task A_rolled_back_insert_is_not_visible()
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync(Ct);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        Insert(connection, transaction, "four");

        await transaction.RollbackAsync(Ct);

        Assert.Equal(3, _database.CountItems());
    }

    [Fact]
    public async Task An_asynchronous_commit_is_visible()
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync(Ct);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        Insert(connection, transaction, "four");

        await transaction.CommitAsync(Ct);

        Assert.Equal(4, _database.CountItems());
    }

    [Fact]
    public void A_tracked_transaction_is_unwrapped_for_the_provider_and_shown_as_itself()
    {
        using var connection = _database.Open();
        using var transaction = (TrackedTransaction)connection.BeginTransaction();
        using var command = (TrackedCommand)connection.CreateCommand();
        command.Transaction = transaction;

        Assert.Same(transaction, command.Transaction);
        Assert.Same(transaction.Inner, command.Inner.Transaction);
        Assert.Same(connection, transaction.Connection);
    }

    [Fact]
    public void A_command_created_inside_a_transaction_shows_the_tracked_transaction()
    {
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction();

        // Microsoft.Data.Sqlite enlists a new command in its connection's transaction.
        using var command = connection.CreateCommand();

        Assert.Same(transaction, command.Transaction);
    }

    [Fact]
    public void Savepoints_pass_through()
    {
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction();
        Assert.True(transaction.SupportsSavepoints);
        Insert(connection, transaction, "four");
        transaction.Save("before_five");
        Insert(connection, transaction, "five");

        transaction.Rollback("before_five");
        transaction.Commit();

        Assert.Equal(4, _database.CountItems());
    }

    [Fact]
    public void A_factory_command_runs_on_a_tracked_connection()
    {
        var factory = SqliteFactory.Instance.WithLifetimeTracking();
        using var connection = factory.CreateConnection()!;
        connection.ConnectionString = _database.ConnectionString;
        connection.Open();
        using var command = factory.CreateCommand()!;
        command.Connection = connection;
        command.CommandText = "SELECT count(*) FROM items";

        Assert.IsType<TrackedConnection>(connection);
        Assert.Same(connection, command.Connection);
        Assert.Equal(3L, command.ExecuteScalar());
    }

    [Fact]
    public void An_existing_connection_can_be_wrapped()
    {
        using var connection = new SqliteConnection(_database.ConnectionString).WithLifetimeTracking();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM items";

        Assert.Equal(3L, command.ExecuteScalar());
        Assert.Same(connection, connection.WithLifetimeTracking());
    }

    private static void Insert(DbConnection connection, DbTransaction transaction, string name)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO items (name) VALUES ($name)";
        SqliteDatabase.AddParameter(command, "$name", name);
        command.ExecuteNonQuery();
    }
}
