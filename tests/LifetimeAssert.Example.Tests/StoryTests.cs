using LifetimeAssert.Npgsql.Testing;
using LifetimeAssert.Postgres;

namespace LifetimeAssert.Example.Tests;

/// <summary>
/// The README's story, kept out of the passing suite as a verdict: the leaking repository must be reported as a
/// leak naming what grew and where, and the fixed one must pass — in process and on a real PostgreSQL server.
/// </summary>
[Collection(nameof(StoryTests))]
[CollectionDefinition(nameof(StoryTests), DisableParallelization = true)]
public sealed class StoryTests
{
    [Fact]
    public async Task In_process_the_leaky_repository_is_caught_and_the_fix_passes()
    {
        var (leaky, fixedReport) = await Story.RunEmbeddedAsync();

        AssertCaught(leaky, "TrackedStatement");
        Assert.True(fixedReport.Passed, fixedReport.ToString());
    }

    [Fact]
    public async Task On_postgres_the_server_side_statements_are_caught_too()
    {
        await using var server = await PostgresServer.StartAsync(TestContext.Current.CancellationToken);

        var (leaky, fixedReport) = await Story.RunPostgresAsync(server.ConnectionString);

        AssertCaught(leaky, "TrackedStatement");
        Assert.Contains(leaky.Leaks, p => p.Name == "Npgsql prepared statements");
        Assert.True(fixedReport.Passed, fixedReport.ToString());
    }

    private static void AssertCaught(LeakReport report, string probe)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Contains(report.Leaks, p => p.Name == probe);
        Assert.Contains("created at LeakyOrderRepository.FindById(int) in OrderRepositories.cs:", report.ToString(), StringComparison.Ordinal);
    }
}
