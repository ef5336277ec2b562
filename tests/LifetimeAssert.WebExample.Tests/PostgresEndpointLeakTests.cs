namespace LifetimeAssert.WebExample.Tests;

/// <summary>
/// The same endpoints on a real PostgreSQL server (PostgresServer: LIFETIMEASSERT_POSTGRES, Testcontainers or a local
/// cluster): Npgsql's count of connections in use grows with the tracked connections, and the fix keeps both flat.
/// </summary>
public sealed class PostgresEndpointLeakTests
{
    private static XunitScenarioRun Run => XunitScenarioRun.For(ScenarioAssembly.PathRecordedIn(typeof(PostgresEndpointLeakTests).Assembly));

    [Fact]
    public async Task Leaking_endpoint_fails_on_the_connections_and_the_pool_count()
    {
        var result = await Run.SingleAsync("PostgresScenarios.Postgres_LeakyEndpoint");

        Assert.True(result.Outcome == "Fail", $"{result.Name} should fail but: {result.Outcome}\n{result.Output}");
        Assert.Equal("LifetimeAssert.LeakDetectedException", result.ExceptionType);
        Assert.Contains("AssertNoLeak: 2 leaks in", result.Message, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s+DbConnection +grew \[", result.Message);
        Assert.Matches(@"(?m)^\s+Npgsql connections in use +grew \[", result.Message);
        Assert.Matches(@"(?m)^\s+created at .*, called from LeakyOrderRepository\.FindAsync in LeakyOrderRepository\.cs:\d+", result.Message);

        // The shortest path to a survivor: the root provider's disposables, or the pool's busy connector holding the
        // provider's connection inside the wrapper (a census of DbConnection counts both).
        Assert.Matches(
            @"(?m)^\s+held by  .*(ServiceProviderEngineScope -> List<object> -> object\[\] -> TrackedConnection|NpgsqlConnector -> NpgsqlConnection)( |\r?$)",
            result.Message);
    }

    [Fact]
    public async Task Fixed_endpoint_passes_with_the_pool_count_flat()
    {
        var result = await Run.SingleAsync("PostgresScenarios.Postgres_FixedEndpoint");

        Assert.True(result.Outcome == "Pass", $"{result.Name} should pass but: {result.Message}");
        Assert.Contains("AssertNoLeak: no leak in", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"flat: DbConnection \[[^\]]*\]  Npgsql connections in use \[", result.Output);
        Assert.Contains("registered outside the test's async flow, counted", result.Output, StringComparison.Ordinal);
    }
}
