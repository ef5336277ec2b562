namespace LifetimeAssert.Npgsql.Tests;

/// <summary>
/// A local cluster of the test class's own, started the way <see cref="PostgresServer"/> starts one when there is no
/// other server, so its authentication and its files can be examined whatever server the assembly fixture uses.
/// Without PostgreSQL's server binaries the tests that need it are skipped.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ThrowawayCluster : IAsyncLifetime
{
    private LocalCluster? _cluster;

    /// <summary>The cluster; skips the calling test when this machine has no PostgreSQL server binaries.</summary>
    internal LocalCluster Cluster
    {
        get
        {
            Assert.SkipWhen(_cluster is null, "No PostgreSQL server binaries under /usr/lib/postgresql/*/bin: no local cluster to examine.");
            return _cluster!;
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (LocalCluster.FindBinaries() is { } bin)
        {
            _cluster = await LocalCluster.StartAsync(bin, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
