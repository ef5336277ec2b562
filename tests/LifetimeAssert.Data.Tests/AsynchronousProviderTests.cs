using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace LifetimeAssert.Data.Tests;

/// <summary>
/// Readers and transactions that a provider hands out after a real asynchronous step are tracked too, and their
/// creation site is still the user's code although they are wrapped in a continuation.
/// </summary>
public sealed class AsynchronousProviderTests : IDisposable
{
    private static readonly List<DbDataReader> KeptReaders = [];
    private readonly SqliteDatabase _database = new();
    private readonly TrackedConnection _connection;

    public AsynchronousProviderTests()
    {
        _connection = new YieldingConnection(new SqliteConnection(_database.ConnectionString)).WithLifetimeTracking();
        _connection.Open();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        KeptReaders.ForEach(r => r.Dispose());
        KeptReaders.Clear();
        _connection.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task A_reader_returned_asynchronously_and_kept_names_its_caller()
    {
        var report = await Leak.CheckAsync(KeepReaderAsync, o => o.Track<DbDataReader>(), Ct);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        var site = Assert.Single(report.Leaks).CreationSites[0].Site;
        Assert.Equal("AsynchronousProviderTests.KeepReaderAsync", site.Method);
        Assert.EndsWith("AsynchronousProviderTests.cs", site.File, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_returned_asynchronously_and_disposed_passes()
    {
        var report = await Leak.CheckAsync(ReadAsync, o => o.Track<DbDataReader>(), Ct);

        Assert.True(report.Verdict == LeakVerdict.Passed, report.ToString());
    }

    [Fact]
    public async Task A_transaction_begun_asynchronously_is_tracked_and_released_by_commit()
    {
        await using var transaction = await _connection.BeginTransactionAsync(Ct);
        await using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO items (name) VALUES ('four')";
        await command.ExecuteNonQueryAsync(Ct);

        await transaction.CommitAsync(Ct);

        Assert.IsType<TrackedTransaction>(transaction);
        Assert.Equal(4, _database.CountItems());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task KeepReaderAsync()
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT name FROM items";
        KeptReaders.Add(await command.ExecuteReaderAsync());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task ReadAsync()
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT name FROM items";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
        }
    }
}
