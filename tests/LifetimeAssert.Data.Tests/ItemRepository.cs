using System.Data.Common;
using System.Runtime.CompilerServices;

namespace LifetimeAssert.Data.Tests;

/// <summary>
/// The code under check: each leaky method has a clean twin. Methods are never inlined and return nothing they
/// created, so only what the code really keeps (or forgot to release) survives a collection.
/// </summary>
public sealed class ItemRepository(DbDataSource dataSource)
{
    private static readonly List<DbDataReader> KeptReaders = [];
    private int _calls;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void CountWithForgottenConnection()
    {
        var connection = dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM items";
        command.ExecuteScalar();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void CountWithDisposedConnection()
    {
        using var connection = dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM items";
        command.ExecuteScalar();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public async Task CountWithForgottenConnectionAsync()
    {
        var connection = await dataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM items";
        await command.ExecuteScalarAsync();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void ReadThroughReaderThatClosesConnection()
    {
        var connection = dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM items";
        using var reader = command.ExecuteReader(System.Data.CommandBehavior.CloseConnection);
        while (reader.Read())
        {
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public async Task KeepReaderAsync()
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM items";
        var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        lock (KeptReaders)
        {
            KeptReaders.Add(reader);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public async Task DisposeReaderAsync()
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM items";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void QueryWithForgottenCommand()
    {
        using var connection = dataSource.OpenConnection();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM items WHERE id = 1";
        command.ExecuteScalar();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void QueryWithDisposedCommand()
    {
        using var connection = dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM items WHERE id = 1";
        command.ExecuteScalar();
    }

    /// <summary>The seed's bug: SQL text built per call and prepared on a connection that stays open.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void PrepareConcatenated(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM items WHERE id = " + ++_calls;
        command.Prepare();
        command.ExecuteScalar();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void PrepareParameterized(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM items WHERE id = $id";
        SqliteDatabase.AddParameter(command, "$id", ++_calls);
        command.Prepare();
        command.ExecuteScalar();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void AbandonTransaction()
    {
        using var connection = dataSource.OpenConnection();
        var transaction = connection.BeginTransaction();
        Insert(connection, transaction);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void CommitTransaction()
    {
        using var connection = dataSource.OpenConnection();
        var transaction = connection.BeginTransaction();
        Insert(connection, transaction);
        transaction.Commit();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public async Task DisposeTransactionAsync()
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        Insert(connection, transaction);
    }

    /// <summary>Disposes the readers kept by <see cref="KeepReaderAsync"/>.</summary>
    public static void ReleaseKeptReaders()
    {
        lock (KeptReaders)
        {
            KeptReaders.ForEach(r => r.Dispose());
            KeptReaders.Clear();
        }
    }

    private void Insert(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO items (name) VALUES ($name)";
        SqliteDatabase.AddParameter(command, "$name", "call " + ++_calls);
        command.ExecuteNonQuery();
    }
}
