using System.Data.Common;
using LifetimeAssert.NUnit;
using LifetimeAssert.Npgsql.Testing;
using LifetimeAssert.Postgres;
using NUnit.Framework;

namespace LifetimeAssert.Npgsql.NUnit.Tests;

/// <summary>
/// One PostgreSQL server for the fixture, started in [OneTimeSetUp] and removed in [OneTimeTearDown], as the
/// fixture's documentation tells NUnit users. Its probes judge [AssertNoLeak] tests (members named in Probes) and
/// imperative checks; the leaking code is checked imperatively, so that this project's own tests all pass.
/// </summary>
[NonParallelizable]
public sealed class PostgresLeakFixtureTests
{
    private static int _id;
    // NUnit creates the fixture itself, so it can set how long the start may take (xUnit users set LIFETIMEASSERT_POSTGRES_START_TIMEOUT).
    private readonly PostgresLeakFixture _postgres = new() { StartTimeout = TimeSpan.FromMinutes(2) };

    public Probe Statements => _postgres.PreparedStatements;

    public Probe ConnectionsInUse => _postgres.ConnectionsInUse;

    [OneTimeSetUp]
    public async Task StartServerAsync() => await _postgres.InitializeAsync();

    [OneTimeTearDown]
    public async Task RemoveServerAsync() => await _postgres.DisposeAsync();

    // Statements one test prepared stay on the pooled connectors: the next test starts on fresh ones.
    [TearDown]
    public void CloseIdleConnections() => _postgres.DataSource.Clear();

    [Test, AssertNoLeak(Probes = [nameof(Statements), nameof(ConnectionsInUse)])]
    public Task Parameterized_query_passes_under_the_fixture_probes() =>
        OriginalBug.FindByParameterAsync(_postgres.DataSource, Interlocked.Increment(ref _id));

    [Test, AssertNoLeak(Track = [typeof(DbConnection)])]
    public async Task Connection_disposed_passes_on_the_tracked_data_source()
    {
        await using var connection = await _postgres.TrackedDataSource.OpenConnectionAsync();
    }

    [Test]
    public void Fixture_keeps_the_start_timeout_it_was_given() =>
        Assert.That(_postgres.StartTimeout, Is.EqualTo(TimeSpan.FromMinutes(2)));

    [Test]
    public async Task Prepared_statement_per_call_is_caught_by_the_fixture_probe()
    {
        var report = await Leak.CheckAsync(
            () => OriginalBug.FindByConcatenatedIdAsync(_postgres.DataSource, Interlocked.Increment(ref _id)),
            o => o.Probe(_postgres.PreparedStatements));

        Assert.That(report.Verdict, Is.EqualTo(LeakVerdict.Leaking), report.ToString());
        Assert.That(report.Leaks.Select(p => p.Name), Is.EqualTo(new[] { "Npgsql prepared statements" }));
    }
}
