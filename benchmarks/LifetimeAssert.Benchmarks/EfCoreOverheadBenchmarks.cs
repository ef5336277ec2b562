using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LifetimeAssert.EntityFrameworkCore;
using LifetimeAssert.Npgsql.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace LifetimeAssert.Benchmarks;

/// <summary>
/// A simple EF Core query (<c>Orders.AsNoTracking().FirstOrDefault(o =&gt; o.Id == id)</c>) on SQLite (a temporary
/// file, pooled connections) and on PostgreSQL (local throwaway cluster), through options without
/// <c>AddLifetimeTracking()</c> against the same with it, outside a check and inside one; on a new context per query
/// and on a context from a <see cref="PooledDbContextFactory{TContext}"/>. The per-object cost without a round trip is
/// a new context whose services EF builds (which is where the hooks create their interceptor), then disposed.
/// </summary>
/// <remarks>
/// As in <see cref="ProviderOverheadBenchmarks"/>, the check's scope is renewed every iteration so its registrations
/// do not pile up, and a fixed invocation count keeps each iteration long enough to measure.
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(2000)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class EfCoreOverheadBenchmarks
{
    private const int Rows = 100;
    private const int ContextsPerInvoke = 10;

    private const string NewContext = "query, new context";
    private const string PooledContext = "query, pooled context";
    private const string ContextOnly = "context only";

    private PostgresServer? _server;
    private string? _sqlitePath;
    private string? _postgresConnectionString;
    private DbContextOptions<OrderContext>? _plain;
    private DbContextOptions<OrderContext>? _tracked;
    private PooledDbContextFactory<OrderContext>? _plainPool;
    private PooledDbContextFactory<OrderContext>? _trackedPool;
    private TrackingScope? _scope;
    private int _next;

    public enum Store
    {
        Sqlite,
        PostgreSql,
    }

    [Params(Store.Sqlite, Store.PostgreSql)]
    public Store Database { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _plain = Options(tracking: false);
        _tracked = Options(tracking: true);
        using (var context = new OrderContext(_plain))
        {
            // A new SQLite file, or a new database on the server (which may be one given by the environment).
            context.Database.EnsureCreated();
            context.Orders.AddRange(Enumerable.Range(1, Rows).Select(i => new Order { Id = i, Customer = $"customer {i}", Total = i * 1.5m }));
            context.SaveChanges();
        }

        _plainPool = new PooledDbContextFactory<OrderContext>(_plain);
        _trackedPool = new PooledDbContextFactory<OrderContext>(_tracked);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        using (var context = new OrderContext(_plain!))
        {
            context.Database.EnsureDeleted();
        }

        SqliteConnection.ClearAllPools();
        if (_sqlitePath is not null)
        {
            File.Delete(_sqlitePath);
        }

        _server?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [IterationSetup(Targets = [nameof(QueryNewContextTrackedInsideCheck), nameof(QueryPooledContextTrackedInsideCheck), nameof(ContextTrackedInsideCheck)])]
    public void EnterScope()
    {
        _scope = new TrackingScope(runsAlone: false);
        _scope.Enter();
    }

    [IterationCleanup(Targets = [nameof(QueryNewContextTrackedInsideCheck), nameof(QueryPooledContextTrackedInsideCheck), nameof(ContextTrackedInsideCheck)])]
    public void LeaveScope()
    {
        TrackingScope.Restore(null);
        _scope?.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory(NewContext)]
    public Order? QueryNewContextPlain() => QueryNew(_plain!);

    [Benchmark, BenchmarkCategory(NewContext)]
    public Order? QueryNewContextTrackedOutsideCheck() => QueryNew(_tracked!);

    [Benchmark, BenchmarkCategory(NewContext)]
    public Order? QueryNewContextTrackedInsideCheck() => QueryNew(_tracked!);

    [Benchmark(Baseline = true), BenchmarkCategory(PooledContext)]
    public Order? QueryPooledContextPlain() => QueryPooled(_plainPool!);

    [Benchmark, BenchmarkCategory(PooledContext)]
    public Order? QueryPooledContextTrackedOutsideCheck() => QueryPooled(_trackedPool!);

    [Benchmark, BenchmarkCategory(PooledContext)]
    public Order? QueryPooledContextTrackedInsideCheck() => QueryPooled(_trackedPool!);

    /// <summary>The per-context cost without a round trip: a new context, its services built, disposed.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = ContextsPerInvoke), BenchmarkCategory(ContextOnly)]
    public void ContextPlain() => CreateContexts(_plain!);

    [Benchmark(OperationsPerInvoke = ContextsPerInvoke), BenchmarkCategory(ContextOnly)]
    public void ContextTrackedOutsideCheck() => CreateContexts(_tracked!);

    [Benchmark(OperationsPerInvoke = ContextsPerInvoke), BenchmarkCategory(ContextOnly)]
    public void ContextTrackedInsideCheck() => CreateContexts(_tracked!);

    private static void CreateContexts(DbContextOptions<OrderContext> options)
    {
        for (var i = 0; i < ContextsPerInvoke; i++)
        {
            using var context = new OrderContext(options);

            // The change tracker is one of the context's services: asking for it makes EF build them.
            _ = context.ChangeTracker;
        }
    }

    private Order? QueryNew(DbContextOptions<OrderContext> options)
    {
        using var context = new OrderContext(options);
        return Query(context);
    }

    private Order? QueryPooled(PooledDbContextFactory<OrderContext> pool)
    {
        using var context = pool.CreateDbContext();
        return Query(context);
    }

    private Order? Query(OrderContext context)
    {
        var id = (_next++ % Rows) + 1;
        return context.Orders.AsNoTracking().FirstOrDefault(o => o.Id == id);
    }

    private DbContextOptions<OrderContext> Options(bool tracking)
    {
        var builder = new DbContextOptionsBuilder<OrderContext>();
        if (Database == Store.Sqlite)
        {
            _sqlitePath ??= Path.Combine(Path.GetTempPath(), $"la-efbench-{Guid.NewGuid():N}.db");
            builder.UseSqlite(new SqliteConnectionStringBuilder { DataSource = _sqlitePath, Pooling = true }.ConnectionString);
        }
        else
        {
            _server ??= PostgresServer.StartAsync().GetAwaiter().GetResult();
            _postgresConnectionString ??= new NpgsqlConnectionStringBuilder(_server.ConnectionString)
            {
                Database = $"la_efbench_{Guid.NewGuid():N}",
            }.ConnectionString;
            builder.UseNpgsql(_postgresConnectionString);
        }

        return tracking ? builder.AddLifetimeTracking().Options : builder.Options;
    }
}

public sealed class Order
{
    public int Id { get; set; }

    public string Customer { get; set; } = string.Empty;

    public decimal Total { get; set; }
}

public sealed class OrderContext(DbContextOptions<OrderContext> options) : DbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();
}
