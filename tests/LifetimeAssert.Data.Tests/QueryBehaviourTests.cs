using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace LifetimeAssert.Data.Tests;

/// <summary>The wrappers behave like the provider's objects for ordinary ADO.NET work.</summary>
public sealed class QueryBehaviourTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Runs_a_parameterized_query_synchronously()
    {
        using var connection = _database.DataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name FROM items WHERE id >= $from ORDER BY id";
        SqliteDatabase.AddParameter(command, "$from", 2);

        using var reader = command.ExecuteReader();
        var rows = new List<(long, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetFieldValue<long>(0), reader.GetFieldValue<string>(1)));
        }

        Assert.Equal([(2L, "two"), (3L, "three")], rows);
        Assert.Equal(["id", "name"], [reader.GetName(0), reader.GetName(1)]);
        Assert.Equal(typeof(long), reader.GetFieldType(0));
    }

    [Fact]
    public async Task Runs_queries_asynchronously_across_result_sets()
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM items WHERE id = $id; SELECT count(*) FROM items";
        SqliteDatabase.AddParameter(command, "$id", 3);

        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.Default, Ct);
        Assert.True(await reader.ReadAsync(Ct));
        Assert.Equal("three", await reader.GetFieldValueAsync<string>(0, Ct));
        Assert.False(await reader.IsDBNullAsync(0, Ct));
        Assert.False(await reader.ReadAsync(Ct));
        Assert.True(await reader.NextResultAsync(Ct));
        Assert.True(await reader.ReadAsync(Ct));
        Assert.Equal(3L, reader.GetInt64(0));
        Assert.False(await reader.NextResultAsync(Ct));
    }

    [Fact]
    public async Task Scalar_and_non_query_results_come_through()
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO items (name) VALUES ('four'), ('five')";

        Assert.Equal(2, await command.ExecuteNonQueryAsync(Ct));
        command.CommandText = "SELECT count(*) FROM items";
        Assert.Equal(5L, await command.ExecuteScalarAsync(Ct));
        Assert.Equal(5L, command.ExecuteScalar());
    }

    [Fact]
    public void Parameters_are_the_providers_own()
    {
        using var connection = _database.Open();
        using var command = (TrackedCommand)connection.CreateCommand();
        SqliteDatabase.AddParameter(command, "$id", 1);

        Assert.Same(((SqliteCommand)command.Inner).Parameters, command.Parameters);
        Assert.IsType<SqliteParameter>(Assert.Single(command.Parameters.Cast<DbParameter>()));
    }

    [Fact]
    public async Task Cancellation_tokens_reach_the_provider()
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM items";
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => command.ExecuteReaderAsync(cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => command.ExecuteScalarAsync(cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connection.BeginTransactionAsync(cancelled.Token).AsTask());
        await using var reader = await command.ExecuteReaderAsync(Ct);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reader.ReadAsync(cancelled.Token));
    }

    [Fact]
    public void Closing_a_reader_opened_with_CloseConnection_closes_the_tracked_connection()
    {
        var connection = _database.Open();
        var changes = new List<(object, ConnectionState)>();
        connection.StateChange += (sender, e) => changes.Add((sender, e.CurrentState));
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM items";

        using (var reader = command.ExecuteReader(CommandBehavior.CloseConnection))
        {
            Assert.True(reader.Read());
        }

        Assert.Equal(ConnectionState.Closed, connection.State);
        Assert.Equal([(connection, ConnectionState.Closed)], changes);
    }

    [Fact]
    public void Inner_exposes_the_providers_objects()
    {
        using var connection = _database.Open();
        using var command = (TrackedCommand)connection.CreateCommand();
        command.CommandText = "SELECT name FROM items";
        using var transaction = (TrackedTransaction)connection.BeginTransaction();
        command.Transaction = transaction;
        using var reader = (TrackedDataReader)command.ExecuteReader();

        Assert.IsType<SqliteConnection>(connection.Inner);
        Assert.IsType<SqliteCommand>(command.Inner);
        Assert.IsType<SqliteTransaction>(transaction.Inner);
        Assert.IsType<SqliteDataReader>(reader.Inner);
        Assert.Same(connection.Inner, command.Inner.Connection);
        Assert.Equal(SqliteFactory.Instance.CreateDataSource(_database.ConnectionString).GetType(), _database.DataSource.Inner.GetType());
        Assert.Same(SqliteFactory.Instance, SqliteFactory.Instance.WithLifetimeTracking().Inner);
    }

    [Fact]
    public void Column_schema_is_the_providers()
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name FROM items";
        using var reader = (TrackedDataReader)command.ExecuteReader();

        Assert.True(reader.CanGetColumnSchema());
        Assert.Equal(["id", "name"], reader.GetColumnSchema().Select(c => c.ColumnName));
        Assert.Equal(reader.Inner.GetColumnSchema().Select(c => c.DataType), reader.GetColumnSchema().Select(c => c.DataType));
    }

    [Fact]
    public void Batches_follow_the_provider()
    {
        using var connection = _database.Open();
        var factory = SqliteFactory.Instance.WithLifetimeTracking();

        // Microsoft.Data.Sqlite has no DbBatch: the wrappers say so, and creating one fails as it would unwrapped.
        Assert.Equal(connection.Inner.CanCreateBatch, connection.CanCreateBatch);
        Assert.Equal(SqliteFactory.Instance.CanCreateBatch, factory.CanCreateBatch);
        Assert.False(connection.CanCreateBatch);
        Assert.Throws<NotSupportedException>(() => connection.CreateBatch());
        Assert.Throws<NotSupportedException>(() => factory.CreateBatch());
    }
}
