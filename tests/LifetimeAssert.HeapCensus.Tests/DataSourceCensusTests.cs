using Npgsql;

namespace LifetimeAssert.HeapCensus.Tests;

/// <summary>
/// A data source per call, counted by its public base type while the objects are Npgsql's internal
/// PoolingDataSource. No server is needed: creating a data source does not connect.
/// </summary>
[Collection(CensusCollection.Name)]
public sealed class DataSourceCensusTests : IDisposable
{
    private const string BaseType = "Npgsql.NpgsqlDataSource";
    private const string ConnectionString = "Host=127.0.0.1;Port=1";

    private static readonly List<NpgsqlDataSource> Tenants = [];

    [Fact]
    public async Task A_data_source_per_call_kept_and_never_disposed_leaks_and_is_counted_by_base_type()
    {
        var report = await Checks.RunAsync(CreatePerCall, o => o.Census(BaseType));

        var text = Checks.AssertLeaking(report, BaseType);
        Assert.Contains("counted Npgsql.PoolingDataSource", text, StringComparison.Ordinal);
        Checks.AssertHeldBy(text, "static DataSourceCensusTests.Tenants (List<NpgsqlDataSource>)");
    }

    [Fact]
    public async Task A_data_source_disposed_after_use_does_not_leak()
    {
        var report = await Checks.RunAsync(CreateAndDispose, o => o.Census(BaseType));

        Checks.AssertPassed(report);
    }

    public void Dispose()
    {
        foreach (var dataSource in Tenants)
        {
            dataSource.Dispose();
        }

        Tenants.Clear();
    }

    // Like an application that builds a data source per tenant and registers it, per request.
    private static void CreatePerCall() => Tenants.Add(NpgsqlDataSource.Create(ConnectionString));

    private static void CreateAndDispose()
    {
        using var dataSource = NpgsqlDataSource.Create(ConnectionString);
    }
}
