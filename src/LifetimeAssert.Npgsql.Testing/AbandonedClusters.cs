using System.Globalization;
using System.Runtime.Versioning;

namespace LifetimeAssert.Npgsql.Testing;

/// <summary>
/// Removes local clusters whose test process died before it could remove its own. The temporary folder is shared by
/// every local account, so a <c>lifetimeassert-pg-*</c> entry is touched only when all of this holds, and left alone
/// otherwise:
/// <list type="bullet">
/// <item>it is a directory, not a symbolic link, owned by the account clusters run as (this process's user, or
/// <c>postgres</c> when the tests run as root and start clusters through runuser), and no one else may write in it;
/// so only that account (or root) can have made it and written the files read below;</item>
/// <item>its <c>owner.pid</c> (a regular file of that account, read without following a link) names a process that no
/// longer runs (pid and start time);</item>
/// <item>its data directory passes the same checks, and its <c>postmaster.pid</c> names either no running process
/// or that cluster's own server: a process whose executable is <c>postgres</c>, whose working directory is that data
/// directory and whose user is that account. A pid file naming anything else leaves the whole cluster alone.</item>
/// </list>
/// Stopping (pg_ctl) and deleting run as that account, never as root, so whatever is in the directory cannot make the
/// sweep do what that account could not do itself.
/// </summary>
[SupportedOSPlatform("linux")]
internal static class AbandonedClusters
{
    private const int MaxPidFileBytes = 4096;

    public static async Task RemoveAsync(string bin, CancellationToken cancellationToken)
    {
        if (LocalCluster.AccountId is not { } account)
        {
            return;
        }

        // File-system entries, not directories: a link to a directory is seen as the link it is.
        foreach (var entry in Directory.EnumerateFileSystemEntries(LocalCluster.TempRoot, LocalCluster.DirectoryPrefix + "*"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Inspect(entry, account) is not { } serverRuns)
            {
                continue;
            }

            try
            {
                await LocalCluster.RemoveAsync(bin, entry, serverRuns).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException)
            {
                // Another process may be removing the same abandoned cluster; whoever is first wins.
            }
        }
    }

    /// <summary>
    /// Null when <paramref name="entry"/> is not provably an abandoned cluster of <paramref name="account"/>'s (leave it
    /// alone); else whether its server still runs and must be stopped before the directory is deleted.
    /// </summary>
    internal static bool? Inspect(string entry, uint account)
    {
        if (!IsPrivateDirectory(entry, account)
            || UnixFiles.ReadOwnedFile(Path.Combine(entry, LocalCluster.OwnerFile), account, MaxPidFileBytes) is not { } ownerText
            || ProcessIdentity.Parse(ownerText) is not { } owner
            || owner.IsRunning)
        {
            return null;
        }

        var data = LocalCluster.DataIn(entry);
        if (UnixFiles.Status(data) is null)
        {
            // initdb never ran: nothing can be running from it.
            return false;
        }

        var pidFile = Path.Combine(data, "postmaster.pid");
        if (!IsPrivateDirectory(data, account))
        {
            return null;
        }

        if (UnixFiles.Status(pidFile) is null)
        {
            return false;
        }

        // postmaster.pid holds the server's pid on its first line (its data directory on the second).
        var pidText = UnixFiles.ReadOwnedFile(pidFile, account, MaxPidFileBytes);
        var firstLine = pidText?.Split('\n', 2)[0].Trim();
        if (!int.TryParse(firstLine, NumberStyles.None, CultureInfo.InvariantCulture, out var serverPid) || serverPid <= 0)
        {
            return null;
        }

        if (ProcessIdentity.StartTimeOf(serverPid) is null)
        {
            // A stale pid file: the server is gone.
            return false;
        }

        return IsServerOf(serverPid, data, account) ? true : null;
    }

    private static bool IsPrivateDirectory(string path, uint account) =>
        UnixFiles.Status(path) is { Kind: UnixFiles.Kind.Directory } status && status.Owner == account && !status.WritableByOthers;

    /// <summary>True when <paramref name="pid"/> is a PostgreSQL server of <paramref name="account"/>'s running on <paramref name="data"/>.</summary>
    private static bool IsServerOf(int pid, string data, uint account)
    {
        var process = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}";
        try
        {
            // The postmaster changes to its data directory when it starts, and stays there.
            return new FileInfo(Path.Combine(process, "exe")).LinkTarget is { } executable
                && Path.GetFileName(executable) == "postgres"
                && new DirectoryInfo(Path.Combine(process, "cwd")).LinkTarget is { } workingDirectory
                && Path.TrimEndingDirectorySeparator(workingDirectory) == Path.TrimEndingDirectorySeparator(Path.GetFullPath(data))
                && RealUserId(process) == account;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone meanwhile, or not ours to inspect: not provably our server.
            return false;
        }
    }

    private static uint? RealUserId(string process)
    {
        foreach (var line in File.ReadLines(Path.Combine(process, "status")))
        {
            if (line.StartsWith("Uid:", StringComparison.Ordinal))
            {
                var fields = line["Uid:".Length..].Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return fields.Length > 0 && uint.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var uid) ? uid : null;
            }
        }

        return null;
    }
}
