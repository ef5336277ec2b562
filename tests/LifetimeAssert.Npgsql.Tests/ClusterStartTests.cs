using System.Globalization;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>
/// A local cluster whose start is cancelled part-way (the fixture's start timeout cancels it) leaves nothing behind:
/// the tool that was running is killed, and the directory, with anything already started from it, is removed.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ClusterStartTests
{
    [Fact]
    public async Task Start_cancelled_once_its_directory_exists_leaves_no_directory_and_no_server()
    {
        var bin = LocalCluster.FindBinaries();
        Assert.SkipWhen(bin is null, "No PostgreSQL server binaries under /usr/lib/postgresql/*/bin.");
        var pattern = $"lifetimeassert-pg-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-*";
        var before = Directory.GetDirectories(HostileFiles.TempRoot, pattern).ToHashSet();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var start = LocalCluster.StartAsync(bin!, cancel.Token);
        string? directory = null;
        while (directory is null && !start.IsCompleted)
        {
            directory = Directory.GetDirectories(HostileFiles.TempRoot, pattern).FirstOrDefault(d => !before.Contains(d));
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        await cancel.CancelAsync();

        // initdb alone takes far longer than noticing the directory: the start cannot have completed first.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => start);
        Assert.NotNull(directory);
        Assert.False(Directory.Exists(directory), $"the cancelled start left {directory}");
        Assert.DoesNotContain(
            Directory.GetDirectories("/proc").Select(Path.GetFileName),
            pid => int.TryParse(pid, out _) && CwdOf(pid)?.StartsWith(directory!, StringComparison.Ordinal) == true);
    }

    private static string? CwdOf(string pid)
    {
        try
        {
            return new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
