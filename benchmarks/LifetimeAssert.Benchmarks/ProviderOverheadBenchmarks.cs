using System.Data.Common;
using BenchmarkDotNet.Attributes;
using LifetimeAssert.Data;
using LifetimeAssert.Npgsql.Testing;
using LifetimeAssert.Postgres;
using Npgsql;

namespace LifetimeAssert.Benchmarks;

/// <summary>
/// A simple query on PostgreSQL (open a pooled connection, run SELECT 1, dispose) through the raw Npgsql data
/// source against the same through the tracking wrappers, outside a check and inside one.
/// </summary>
/// <remarks>
/// The check's scope is renewed every iteration so its registrations do not pile up; a fixed invocation count
/// keeps each iteration long enough to measure.
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(4000)]
public class ProviderOverheadBenchmarks
{
    private PostgresServer? _server;
    private NpgsqlDataSource? _raw;
    private TrackedDataSource? _tracked;
    private TrackingScope? _scope;
    private DbConnection? _rawConnection;
    private DbConnection? _trackedConnection;

    [GlobalSetup]
    public void Setup()
    {
        _server = PostgresServer.StartAsync().GetAwaiter().GetResult();
        _raw = NpgsqlDataSource.Create(_server.ConnectionString);
        _tracked = NpgsqlDataSource.Create(_server.ConnectionString).WithLifetimeTracking();
        _rawConnection = _raw.OpenConnection();
        _trackedConnection = _tracked.OpenConnection();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _rawConnection?.Dispose();
        _trackedConnection?.Dispose();
        _raw?.Dispose();
        _tracked?.Dispose();
        _server?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [IterationSetup(Targets = [nameof(TrackedInsideCheck), nameof(CommandTrackedInsideCheck)])]
    public void EnterScope()
    {
        _scope = new TrackingScope(runsAlone: false);
        _scope.Enter();
    }

    [IterationCleanup(Targets = [nameof(TrackedInsideCheck), nameof(CommandTrackedInsideCheck)])]
    public void LeaveScope()
    {
        TrackingScope.Restore(null);
        _scope?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public object? Raw() => Query(_raw!);

    [Benchmark]
    public object? TrackedOutsideCheck() => Query(_tracked!);

    [Benchmark]
    public object? TrackedInsideCheck() => Query(_tracked!);

    /// <summary>The per-object cost without a round trip: create and dispose a command on an open connection.</summary>
    [Benchmark]
    public void CommandRaw() => CreateCommand(_rawConnection!);

    [Benchmark]
    public void CommandTrackedOutsideCheck() => CreateCommand(_trackedConnection!);

    [Benchmark]
    public void CommandTrackedInsideCheck() => CreateCommand(_trackedConnection!);

    private static void CreateCommand(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
    }

    private static object? Query(DbDataSource dataSource)
    {
        using var connection = dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        return command.ExecuteScalar();
    }
}
