using System.Data.Common;
using LifetimeAssert.Postgres;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>
/// The <see cref="PostgresLeakFixture"/> package as users take it (this assembly's fixture): its probes and its tracked
/// data source judge the leaks they name, and their clean twins pass. The fixture's data source is shared: each test
/// ends by closing its idle connections, so statements one test prepared are not on the connectors the next one gets.
/// </summary>
[Collection(ServerWide.Name)]
public sealed class LeakFixtureTests(PostgresLeakFixture postgres) : IDisposable
{
    private static int _id;
    private readonly List<DbConnection> _kept = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Its_prepared_statements_probe_catches_the_original_bug_on_its_data_source()
    {
        var report = await Leak.CheckAsync(
            () => OriginalBug.FindByConcatenatedIdAsync(postgres.DataSource, Interlocked.Increment(ref _id)),
            o => o.Probe(postgres.PreparedStatements),
            Ct);

        Assert.True(report.Verdict == LeakVerdict.Leaking, report.ToString());
        Assert.Equal("Npgsql prepared statements", Assert.Single(report.Leaks).Name);
    }

    [Fact]
    public async Task Its_probes_pass_the_parameterized_fix()
    {
        var report = await Leak.CheckAsync(
            () => OriginalBug.FindByParameterAsync(postgres.DataSource, Interlocked.Increment(ref _id)),
            o => o.Probe(postgres.PreparedStatements).Probe(postgres.ConnectionsInUse).Probe(postgres.ServerSessions),
            Ct);

        Assert.True(report.Passed, report.ToString());
        Assert.Equal(
            ["Npgsql prepared statements", "Npgsql connections in use", "PostgreSQL server sessions"],
            report.Probes.Take(3).Select(p => p.Name));
    }

    [Fact]
    public async Task Its_tracked_data_source_reports_a_connection_never_closed()
    {
        var report = await Leak.CheckAsync(OpenAndKeepAsync, o => o.Track<DbConnection>(), Ct);

        Assert.True(report.Verdict == LeakVerdict.Leaking, report.ToString());
        Assert.Equal("DbConnection", Assert.Single(report.Leaks).Name);
        await Task.WhenAll(_kept.Select(c => c.DisposeAsync().AsTask()));
    }

    [Fact]
    public async Task Its_tracked_data_source_passes_a_connection_disposed()
    {
        var report = await Leak.CheckAsync(
            async () =>
            {
                await using var connection = await postgres.TrackedDataSource.OpenConnectionAsync(Ct);
            },
            o => o.Track<DbConnection>(),
            Ct);

        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public async Task An_uninitialized_fixture_says_how_to_initialize_it()
    {
        var fixture = new PostgresLeakFixture();

        var error = Assert.Throws<InvalidOperationException>(() => fixture.DataSource);

        Assert.Contains("await InitializeAsync() in [OneTimeSetUp]", error.Message, StringComparison.Ordinal);
        await fixture.DisposeAsync();
    }

    public void Dispose() => postgres.DataSource.Clear();

    private async Task OpenAndKeepAsync() => _kept.Add(await postgres.TrackedDataSource.OpenConnectionAsync(Ct));
}
