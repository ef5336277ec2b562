using System.Diagnostics;
using System.Globalization;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>
/// What another local account can leave in the temporary folder for the abandoned-cluster sweep: directories named
/// like a cluster's, owned by whoever planted them, symbolic links, pid files naming processes that are not a
/// cluster's server. Disposing removes everything planted.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal sealed class HostileFiles : IDisposable
{
    private readonly List<string> _planted = [];

    /// <summary>The account local clusters run as: <c>postgres</c> when the tests run as root, else the current user.</summary>
    public static string ClusterUser => Environment.IsPrivilegedProcess ? "postgres" : Environment.UserName;

    /// <summary>Where the sweep looks: the folder local clusters are made in.</summary>
    public static string TempRoot => Environment.IsPrivilegedProcess ? "/tmp" : Path.GetTempPath();

    /// <summary>A fresh path in the sweep's folder whose name matches the clusters' pattern.</summary>
    public static string ClusterLikePath() => Path.Combine(TempRoot, $"lifetimeassert-pg-planted-{Guid.NewGuid():N}");

    /// <summary>The pid of a process that has ended: what the sweep reads as an abandoned cluster's owner.</summary>
    public static int EndedProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    /// <summary>
    /// A directory laid out as an abandoned cluster: its owner process has ended, and its data directory's
    /// <c>postmaster.pid</c> names <paramref name="serverPid"/>, which pg_ctl would signal.
    /// </summary>
    public string PlantCluster(string directory, int serverPid, string? owner, UnixFileMode mode)
    {
        _planted.Add(directory);
        var data = Path.Combine(directory, "data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(directory, "owner.pid"), EndedProcessId().ToString(CultureInfo.InvariantCulture));
        File.WriteAllText(Path.Combine(data, "PG_VERSION"), "15\n");
        File.WriteAllText(
            Path.Combine(data, "postmaster.pid"),
            string.Join('\n', serverPid.ToString(CultureInfo.InvariantCulture), data, "0", "5432", directory, "127.0.0.1", "0 0", "ready", ""));
        File.SetUnixFileMode(directory, mode);
        File.SetUnixFileMode(data, mode);
        if (owner is not null)
        {
            Run("chown", "-R", $"{owner}:", directory);
        }

        return directory;
    }

    /// <summary>A symbolic link with a cluster's name, pointing at <paramref name="target"/>.</summary>
    public string PlantLink(string target)
    {
        var link = ClusterLikePath();
        _planted.Add(link);
        File.CreateSymbolicLink(link, target);
        return link;
    }

    /// <summary>A directory outside the sweep's pattern, removed with the rest.</summary>
    public string Elsewhere()
    {
        var path = Path.Combine(TempRoot, $"la-sweep-target-{Guid.NewGuid():N}");
        _planted.Add(path);
        return path;
    }

    public void Dispose()
    {
        foreach (var path in Enumerable.Reverse(_planted))
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                info.Delete();
            }
            else if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }

    public static void Run(string executable, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(executable, arguments) { UseShellExecute = false, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{executable} {string.Join(' ', arguments)} failed: {error}");
    }
}
