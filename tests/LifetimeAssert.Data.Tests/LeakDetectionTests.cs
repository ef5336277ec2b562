using System.Data.Common;

namespace LifetimeAssert.Data.Tests;

/// <summary>Each leak through the tracked provider is caught by a real check on real SQLite, and its clean twin passes.</summary>
public sealed class LeakDetectionTests : IDisposable
{
    private readonly SqliteDatabase _database = new();
    private readonly ItemRepository _repository;

    public LeakDetectionTests() => _repository = new ItemRepository(_database.DataSource);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_connection_never_disposed_is_reported_although_nothing_keeps_it()
    {
        var report = await Leak.CheckAsync(_repository.CountWithForgottenConnection, o => o.Track<DbConnection>(), Ct);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        var leak = Assert.Single(report.Leaks);
        Assert.Equal("DbConnection", leak.Name);
        Assert.Contains("collected without being disposed", leak.Note, StringComparison.Ordinal);
        AssertNamesUserCode(report, "ItemRepository.CountWithForgottenConnection");
    }

    [Fact]
    public async Task A_disposed_connection_passes()
    {
        var report = await Leak.CheckAsync(_repository.CountWithDisposedConnection, o => o.Track<DbConnection>(), Ct);

        AssertPassed(report, "DbConnection");
    }

    [Fact]
    public async Task A_connection_opened_asynchronously_and_forgotten_names_the_async_caller()
    {
        var report = await Leak.CheckAsync(_repository.CountWithForgottenConnectionAsync, o => o.Track<DbConnection>(), Ct);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        AssertNamesUserCode(report, "ItemRepository.CountWithForgottenConnectionAsync");
    }

    [Fact]
    public async Task A_connection_closed_by_its_reader_counts_as_released()
    {
        var report = await Leak.CheckAsync(_repository.ReadThroughReaderThatClosesConnection, o => o.Track<DbConnection>().Track<DbDataReader>(), Ct);

        AssertPassed(report, "DbConnection");
    }

    [Fact]
    public async Task A_reader_kept_in_a_static_list_is_reported()
    {
        try
        {
            var report = await Leak.CheckAsync(_repository.KeepReaderAsync, o => o.Track<DbDataReader>(), Ct);

            Assert.Equal(LeakVerdict.Leaking, report.Verdict);
            Assert.Equal("DbDataReader", Assert.Single(report.Leaks).Name);
            AssertNamesUserCode(report, "ItemRepository.KeepReaderAsync");
        }
        finally
        {
            ItemRepository.ReleaseKeptReaders();
        }
    }

    [Fact]
    public async Task A_disposed_reader_passes()
    {
        var report = await Leak.CheckAsync(_repository.DisposeReaderAsync, o => o.Track<DbDataReader>(), Ct);

        AssertPassed(report, "DbDataReader");
    }

    [Fact]
    public async Task A_command_never_disposed_is_reported()
    {
        var report = await Leak.CheckAsync(_repository.QueryWithForgottenCommand, o => o.Track<DbCommand>(), Ct);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Equal("DbCommand", Assert.Single(report.Leaks).Name);
        AssertNamesUserCode(report, "ItemRepository.QueryWithForgottenCommand");
    }

    [Fact]
    public async Task A_disposed_command_passes()
    {
        var report = await Leak.CheckAsync(_repository.QueryWithDisposedCommand, o => o.Track<DbCommand>(), Ct);

        AssertPassed(report, "DbCommand");
    }

    [Fact]
    public async Task A_statement_prepared_per_call_on_sql_built_per_call_is_reported()
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync(Ct);

        var report = await Leak.CheckAsync(
            () => _repository.PrepareConcatenated(connection),
            o => o.Track<DbCommand>().Probe(DataProbes.PreparedStatements(_database.DataSource)),
            Ct);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        var leak = Assert.Single(report.Leaks);
        Assert.Equal("prepared statements", leak.Name);
        Assert.Equal(1, leak.GrowthPerRun);
        Assert.Contains("prepared statements", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parameterized_statement_prepared_per_call_passes()
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync(Ct);

        var report = await Leak.CheckAsync(
            () => _repository.PrepareParameterized(connection),
            o => o.Probe(DataProbes.PreparedStatements(_database.DataSource)),
            Ct);

        Assert.Equal(LeakVerdict.Passed, report.Verdict);
        Assert.Equal(1, _database.DataSource.Statements.Count);
    }

    [Fact]
    public async Task Tracked_statements_name_where_the_piling_statements_were_prepared()
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync(Ct);

        var leaking = await Leak.CheckAsync(() => _repository.PrepareConcatenated(connection), o => o.Track<TrackedStatement>(), Ct);
        var clean = await Leak.CheckAsync(() => _repository.PrepareParameterized(connection), o => o.Track<TrackedStatement>(), Ct);

        Assert.Equal(LeakVerdict.Leaking, leaking.Verdict);
        Assert.Equal("TrackedStatement", Assert.Single(leaking.Leaks).Name);
        var site = Assert.Single(leaking.ToString().Split('\n'), line => line.Contains("created at", StringComparison.Ordinal));
        Assert.Contains("created at ItemRepository.PrepareConcatenated(DbConnection) in ItemRepository.cs:", site, StringComparison.Ordinal);
        AssertPassed(clean, "TrackedStatement");
    }

    [Fact]
    public async Task An_abandoned_transaction_is_reported()
    {
        var report = await Leak.CheckAsync(_repository.AbandonTransaction, o => o.Track<DbTransaction>().Track<DbConnection>(), Ct);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        var leak = Assert.Single(report.Leaks);
        Assert.Equal("DbTransaction", leak.Name);
        AssertNamesUserCode(report, "ItemRepository.AbandonTransaction");
    }

    [Fact]
    public async Task A_committed_transaction_passes()
    {
        var report = await Leak.CheckAsync(_repository.CommitTransaction, o => o.Track<DbTransaction>(), Ct);

        AssertPassed(report, "DbTransaction");
    }

    [Fact]
    public async Task A_disposed_transaction_passes()
    {
        var report = await Leak.CheckAsync(_repository.DisposeTransactionAsync, o => o.Track<DbTransaction>(), Ct);

        AssertPassed(report, "DbTransaction");
    }

    private static void AssertPassed(LeakReport report, string probe)
    {
        Assert.True(report.Verdict == LeakVerdict.Passed, report.ToString());
        Assert.Contains(report.Probes, p => p.Name == probe);

        // Released objects were still seen: the clean twin really checked something.
        Assert.DoesNotContain("checks nothing", report.ToString(), StringComparison.Ordinal);
    }

    private static void AssertNamesUserCode(LeakReport report, string method)
    {
        var text = report.ToString();
        Assert.Contains("created at", text, StringComparison.Ordinal);
        Assert.Contains(method, text, StringComparison.Ordinal);
        Assert.Contains("ItemRepository.cs:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tracked", text, StringComparison.Ordinal);
        Assert.DoesNotContain("LifetimeAssert.Data", text, StringComparison.Ordinal);
    }
}
