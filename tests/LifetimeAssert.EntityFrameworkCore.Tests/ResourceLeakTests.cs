using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using static LifetimeAssert.EntityFrameworkCore.Tests.Verdicts;

namespace LifetimeAssert.EntityFrameworkCore.Tests;

/// <summary>Readers, transactions and connections EF opens: one left open is reported; its twin passes.</summary>
public sealed class ResourceLeakTests : IDisposable
{
    private readonly SqliteShop _shop = new();
    private readonly ShopQueries _queries;
    private readonly ShopContext _longLived;

    public ResourceLeakTests()
    {
        _queries = new ShopQueries(_shop);

        // A context that outlives the calls (a repository's field): a reader it leaves open is not closed by a disposal.
        _longLived = new ShopContext(_shop.Options);
    }

    public void Dispose()
    {
        _longLived.Dispose();
        _shop.Dispose();
    }

    [Fact]
    public async Task A_streamed_query_abandoned_before_its_end_leaves_its_reader_open()
    {
        var report = await Leak.CheckAsync(() => ShopQueries.FirstStreamedAbandoned(_longLived), o => o.Track<DbDataReader>(), Ct);

        AssertLeaking(report, "DbDataReader");
        AssertCreatedIn(report, "DbDataReader", "ShopQueries.FirstStreamedAbandoned");
    }

    [Fact]
    public async Task A_streamed_query_enumerated_to_its_end_passes()
    {
        var report = await Leak.CheckAsync(() => ShopQueries.StreamedToTheEnd(_longLived), o => o.Track<DbDataReader>(), Ct);

        AssertPassed(report, "DbDataReader");
    }

    [Fact]
    public async Task A_transaction_never_committed_is_reported_with_the_connection_it_holds()
    {
        var report = await Leak.CheckAsync(() => _queries.TransactionNeverCommitted(), o => o.Track<DbTransaction>().Track<DbConnection>(), Ct);

        AssertLeaking(report, "DbTransaction");
        AssertLeaking(report, "DbConnection");
        AssertCreatedIn(report, "DbTransaction", "ShopQueries.TransactionNeverCommitted()");
    }

    [Fact]
    public async Task A_committed_transaction_passes()
    {
        var report = await Leak.CheckAsync(() => _queries.TransactionCommitted(), o => o.Track<DbTransaction>().Track<DbConnection>(), Ct);

        AssertPassed(report, "DbTransaction");
    }

    [Fact]
    public async Task A_connection_opened_and_never_closed_is_reported()
    {
        var report = await Leak.CheckAsync(() => _queries.ConnectionOpenedNeverClosed(), o => o.Track<DbConnection>(), Ct);

        AssertLeaking(report, "DbConnection");
        AssertCreatedIn(report, "DbConnection", "ShopQueries.ConnectionOpenedNeverClosed()");
    }

    [Fact]
    public async Task A_connection_opened_and_closed_passes()
    {
        var report = await Leak.CheckAsync(() => _queries.ConnectionOpenedAndClosed(), o => o.Track<DbConnection>(), Ct);

        AssertPassed(report, "DbConnection");
    }
}
