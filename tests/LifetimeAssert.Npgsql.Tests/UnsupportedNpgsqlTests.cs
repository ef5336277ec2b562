using LifetimeAssert.Postgres;
using Npgsql;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>
/// An Npgsql whose internals differ is simulated by pointing the reader at other names (a renamed member, a
/// member of another type): the check must end inconclusive naming the probe, the version and the member, even
/// around a body that leaks, and never count 0.
/// </summary>
[Collection(ServerWide.Name)]
public sealed class UnsupportedNpgsqlTests(PostgresLeakFixture postgres) : IAsyncDisposable
{
    private readonly TestDataSources _sources = new(postgres.ConnectionString);
    private int _id;

    // Read independently of the product's version text: the assembly version, not the informational "10.0.3+<commit>".
    private static string LoadedVersion => typeof(NpgsqlDataSource).Assembly.GetName().Version!.ToString(3);

    [Fact]
    public async Task Missing_field_fails_the_check_with_the_member_and_the_supported_versions()
    {
        var reason = await ReasonAsync(NpgsqlShape.Npgsql10 with { PoolConnectors = "_connectors" });

        Assert.Equal(Expected("the internal field Npgsql.PoolingDataSource._connectors is missing"), reason);
    }

    [Fact]
    public async Task Field_of_an_unexpected_type_fails_the_check_naming_both_types()
    {
        // A real int field of the pool stands in for Connectors changing type.
        var reason = await ReasonAsync(NpgsqlShape.Npgsql10 with { PoolConnectors = "_numConnectors" });

        Assert.Equal(
            Expected("the internal field Npgsql.PoolingDataSource._numConnectors has type System.Int32, expected Npgsql.Internal.NpgsqlConnector[]"),
            reason);
    }

    [Fact]
    public async Task Property_of_an_unexpected_type_fails_the_check_naming_both_types()
    {
        var reason = await ReasonAsync(NpgsqlShape.Npgsql10 with { StatementIsPrepared = "Sql" });

        Assert.Equal(Expected("the internal property Npgsql.PreparedStatement.Sql has type System.String, expected System.Boolean"), reason);
    }

    [Fact]
    public async Task Missing_type_fails_the_check_naming_it()
    {
        var reason = await ReasonAsync(NpgsqlShape.Npgsql10 with { Statement = "Npgsql.PreparedStatementV2" });

        Assert.Equal(Expected("the internal type Npgsql.PreparedStatementV2 is missing"), reason);
    }

    [Fact]
    public async Task Missing_disposed_flag_fails_the_check_naming_it()
    {
        var reason = await ReasonAsync(NpgsqlShape.Npgsql10 with { DataSourceIsDisposed = "_disposed" });

        Assert.Equal(Expected("the internal field Npgsql.NpgsqlDataSource._disposed is missing"), reason);
    }

    [Fact]
    public async Task Data_source_of_an_unknown_kind_fails_the_check_instead_of_counting_nothing()
    {
        // As if Npgsql pooled through another type: the data source is then none the reader knows.
        var reason = await ReasonAsync(NpgsqlShape.Npgsql10 with { PoolingDataSource = "Npgsql.MultiplexingDataSource" });

        Assert.Equal(Expected("the pooling data source has type Npgsql.PoolingDataSource, expected Npgsql.MultiplexingDataSource"), reason);
    }

    [Fact]
    public async Task Missing_tracing_option_fails_the_server_sessions_check_naming_it()
    {
        // ServerSessions reads whether the data source raises the "CONNECT" activity it tells this process's sessions by.
        var dataSource = _sources.Create();
        var probe = new ServerSessionsProbe(dataSource, new NpgsqlInternals(NpgsqlShape.Npgsql10 with { TracingPhysicalOpen = "EnablePhysicalOpenTrace" }));

        var reason = Checks.AssertInconclusive(await Checks.RunAsync(() => Task.CompletedTask, probe));

        Assert.Equal(
            Expected("the internal property Npgsql.NpgsqlTracingOptions.EnablePhysicalOpenTrace is missing", "PostgreSQL server sessions"),
            reason);
    }

    public ValueTask DisposeAsync() => _sources.DisposeAsync();

    private static string Expected(string what, string probe = "Npgsql prepared statements") =>
        $"Probe \"{probe}\" failed while starting: unsupported Npgsql version {LoadedVersion}: {what}; " +
        "LifetimeAssert.Npgsql supports Npgsql [10.0.3, 11.0), so reference an Npgsql in that range or a LifetimeAssert.Npgsql that supports this one.";

    /// <summary>Runs the original bug, which leaks a statement per call, under a probe reading <paramref name="shape"/>.</summary>
    private async Task<string> ReasonAsync(NpgsqlShape shape)
    {
        var dataSource = _sources.Create();
        var probe = new PreparedStatementsProbe(dataSource, new NpgsqlInternals(shape));

        var report = await Checks.RunAsync(() => OriginalBug.FindByConcatenatedIdAsync(dataSource, ++_id), probe);

        return Checks.AssertInconclusive(report);
    }
}
