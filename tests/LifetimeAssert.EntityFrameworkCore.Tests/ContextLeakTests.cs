using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using static LifetimeAssert.EntityFrameworkCore.Tests.Verdicts;

namespace LifetimeAssert.EntityFrameworkCore.Tests;

/// <summary>
/// Contexts from every way an application configures EF (new options, AddDbContext, AddDbContextFactory, AddDbContextPool,
/// AddPooledDbContextFactory): one never disposed or never returned is reported; its twin passes.
/// </summary>
public sealed class ContextLeakTests : IDisposable
{
    private readonly SqliteShop _shop = new();
    private readonly ShopQueries _queries;

    public ContextLeakTests() => _queries = new ShopQueries(_shop);

    public void Dispose() => _shop.Dispose();

    [Fact]
    public async Task A_context_never_disposed_is_reported_where_it_was_used()
    {
        var report = await Leak.CheckAsync(() => _queries.CountWithUndisposedContext(), o => o.Track<DbContext>().Track<DbConnection>(), Ct);

        AssertLeaking(report, "DbContext");
        AssertCreatedIn(report, "DbContext", "ShopQueries.CountWithUndisposedContext()");

        // EF closed the connection after the query: the connection is not part of the leak.
        Assert.DoesNotContain(report.Leaks, l => l.Name == "DbConnection");
    }

    [Fact]
    public async Task A_disposed_context_passes()
    {
        var report = await Leak.CheckAsync(() => _queries.CountWithDisposedContext(), o => o.Track<DbContext>().Track<DbConnection>(), Ct);

        AssertPassed(report, "DbContext");
    }

    [Fact]
    public async Task A_pooled_context_never_returned_is_reported()
    {
        var report = await Leak.CheckAsync(() => _queries.CountWithPooledContextNeverReturned(), o => o.Track<DbContext>(), Ct);

        AssertLeaking(report, "DbContext");
        AssertCreatedIn(report, "DbContext", "ShopQueries.CountWithPooledContextNeverReturned()");
    }

    [Fact]
    public async Task A_pooled_context_returned_passes_although_it_lives_on_in_the_pool()
    {
        var report = await Leak.CheckAsync(() => _queries.CountWithPooledContextReturned(), o => o.Track<DbContext>(), Ct);

        AssertPassed(report, "DbContext");
    }

    [Fact]
    public async Task A_pooled_context_of_a_scope_never_disposed_is_reported()
    {
        var report = await Leak.CheckAsync(() => _queries.CountInScopeNeverDisposed(), o => o.Track<DbContext>(), Ct);

        AssertLeaking(report, "DbContext");
    }

    [Fact]
    public async Task A_pooled_context_of_a_disposed_scope_passes()
    {
        var report = await Leak.CheckAsync(() => _queries.CountInDisposedScope(), o => o.Track<DbContext>(), Ct);

        AssertPassed(report, "DbContext");
    }

    [Fact]
    public async Task A_context_of_AddDbContext_in_a_scope_never_disposed_is_reported()
    {
        var report = await Leak.CheckAsync(() => _queries.CountInPlainScopeNeverDisposed(), o => o.Track<DbContext>(), Ct);

        AssertLeaking(report, "DbContext");
        AssertCreatedIn(report, "DbContext", "ShopQueries.CountInPlainScopeNeverDisposed()");
    }

    [Fact]
    public async Task A_context_of_AddDbContext_in_a_disposed_scope_passes()
    {
        var report = await Leak.CheckAsync(() => _queries.CountInDisposedPlainScope(), o => o.Track<DbContext>(), Ct);

        AssertPassed(report, "DbContext");
    }

    [Fact]
    public async Task A_context_of_AddDbContextFactory_never_disposed_is_reported()
    {
        var report = await Leak.CheckAsync(() => _queries.CountWithFactoryContextNeverDisposed(), o => o.Track<DbContext>(), Ct);

        AssertLeaking(report, "DbContext");
        AssertCreatedIn(report, "DbContext", "ShopQueries.CountWithFactoryContextNeverDisposed()");
    }

    [Fact]
    public async Task A_context_of_AddDbContextFactory_disposed_passes()
    {
        var report = await Leak.CheckAsync(() => _queries.CountWithFactoryContextDisposed(), o => o.Track<DbContext>(), Ct);

        AssertPassed(report, "DbContext");
    }
}
