using System.Globalization;
using Npgsql;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>
/// Starting a local cluster first removes clusters whose test process died. The temporary folder is shared with every
/// local account, so the sweep must leave alone whatever it cannot prove is a cluster of its own: another account's
/// directory, a symbolic link, a pid file naming a process that is not that cluster's server. And it must still remove
/// its own abandoned clusters.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AbandonedClusterSweepTests(ThrowawayCluster throwaway) : IClassFixture<ThrowawayCluster>, IDisposable
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode Readable = Private | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private readonly HostileFiles _planted = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string? ClusterOwner => Environment.IsPrivilegedProcess ? HostileFiles.ClusterUser : null;

    [Fact]
    public async Task Directory_of_another_account_is_left_alone_and_its_pid_is_not_signalled()
    {
        Assert.SkipUnless(Environment.IsPrivilegedProcess, "Only root can plant a directory owned by another account.");
        using var victim = Victim.Start();
        var planted = _planted.PlantCluster(HostileFiles.ClusterLikePath(), victim.Pid, owner: "nobody", Readable);

        await SweepAsync();

        Assert.True(victim.IsRunning, "the sweep signalled the process named in another account's directory");
        Assert.True(File.Exists(Path.Combine(planted, "data", "postmaster.pid")), "the sweep deleted another account's directory");
    }

    [Fact]
    public async Task Symbolic_link_is_left_alone_and_not_followed()
    {
        using var victim = Victim.Start();
        var target = _planted.PlantCluster(_planted.Elsewhere(), victim.Pid, ClusterOwner, Private);
        var link = _planted.PlantLink(target);

        await SweepAsync();

        Assert.True(victim.IsRunning, "the sweep followed the link and signalled the process named behind it");
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.True(File.Exists(Path.Combine(target, "data", "postmaster.pid")), "the sweep deleted what the link points to");
    }

    [Fact]
    public async Task Pid_file_naming_a_process_that_is_not_a_postgres_server_is_not_signalled()
    {
        using var victim = Victim.Start();
        var planted = _planted.PlantCluster(HostileFiles.ClusterLikePath(), victim.Pid, ClusterOwner, Private);

        await SweepAsync();

        Assert.True(victim.IsRunning, "the sweep signalled a process that is not a PostgreSQL server");
        Assert.True(Directory.Exists(planted), "the sweep deleted a directory whose pid file names a running process it could not stop");
    }

    [Fact]
    public async Task Pid_file_naming_the_server_of_another_cluster_leaves_that_server_running()
    {
        var other = throwaway.Cluster;
        var serverPid = ServerPid(other.Directory);
        _planted.PlantCluster(HostileFiles.ClusterLikePath(), serverPid, ClusterOwner, Private);

        await SweepAsync();

        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(other.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(Ct);
        Assert.Equal(serverPid, ServerPid(other.Directory));
    }

    [Fact]
    public async Task Abandoned_cluster_of_this_account_is_stopped_and_removed()
    {
        var cluster = await LocalCluster.StartAsync(Binaries(), Ct);
        try
        {
            var serverPid = ServerPid(cluster.Directory);
            Abandon(cluster.Directory);

            await SweepAsync();

            Assert.False(Directory.Exists(cluster.Directory), "the sweep left an abandoned cluster");
            Assert.False(IsRunning(serverPid), "the sweep left the abandoned cluster's server running");
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task Abandoned_cluster_whose_server_is_gone_is_removed()
    {
        var planted = _planted.PlantCluster(HostileFiles.ClusterLikePath(), HostileFiles.EndedProcessId(), ClusterOwner, Private);

        await SweepAsync();

        Assert.False(Directory.Exists(planted), "the sweep left an abandoned cluster whose server had stopped");
    }

    public void Dispose() => _planted.Dispose();

    private static string Binaries()
    {
        var bin = LocalCluster.FindBinaries();
        Assert.SkipWhen(bin is null, "No PostgreSQL server binaries under /usr/lib/postgresql/*/bin.");
        return bin!;
    }

    private static Task SweepAsync() => LocalCluster.RemoveAbandonedAsync(Binaries(), Ct);

    // An ended server whose parent has not reaped it yet is a zombie: still listed, no longer running.
    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat";
        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static int ServerPid(string clusterDirectory) =>
        int.Parse(File.ReadLines(Path.Combine(clusterDirectory, "data", "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    /// <summary>Makes a running cluster look like one whose test process died: its owner file names an ended process.</summary>
    private static void Abandon(string clusterDirectory) =>
        File.WriteAllText(Path.Combine(clusterDirectory, "owner.pid"), HostileFiles.EndedProcessId().ToString(CultureInfo.InvariantCulture));
}
