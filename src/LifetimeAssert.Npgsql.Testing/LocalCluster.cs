using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace LifetimeAssert.Npgsql.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster: its own temporary directory, a free port, a socket directory inside it, trust
/// authentication for a superuser <c>postgres</c>, and no fsync. Disposing it stops the server at once and
/// deletes the directory; so does the process exiting, and a cluster whose owning process died is removed by
/// the next one started.
/// </summary>
internal sealed class LocalCluster
{
    private const string DirectoryPrefix = "lifetimeassert-pg-";
    private const string OwnerFile = "owner.pid";
    private const int PortAttempts = 3;

    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(60);

    private readonly string _bin;
    private readonly EventHandler _onProcessExit;
    private int _removed;

    private LocalCluster(string bin, string directory, int port)
    {
        _bin = bin;
        Directory = directory;
        ConnectionString = $"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database=postgres";
        _onProcessExit = (_, _) => Remove().AsTask().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += _onProcessExit;
    }

    public string Directory { get; }

    /// <summary>Where clusters live: /tmp as root, because the server user cannot enter a private TMPDIR of root's.</summary>
    private static string TempRoot => CommandRunner.RunsAsServerUser ? "/tmp" : Path.GetTempPath();

    public string ConnectionString { get; }

    /// <summary>The newest installed PostgreSQL's bin directory that has initdb and pg_ctl, or null.</summary>
    public static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!System.IO.Directory.Exists(root))
        {
            return null;
        }

        return System.IO.Directory.GetDirectories(root)
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault();
    }

    public static async Task<LocalCluster> StartAsync(string bin, CancellationToken cancellationToken)
    {
        await RemoveAbandonedAsync(bin, cancellationToken).ConfigureAwait(false);

        // Unique per process and call, so test processes running at the same time never share a cluster.
        var directory = Path.Combine(TempRoot, $"{DirectoryPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture), cancellationToken)
            .ConfigureAwait(false);
        try
        {
            await CommandRunner.ChownToServerUserAsync(directory, cancellationToken).ConfigureAwait(false);
            await RunAsync(bin, "initdb", ["-D", DataIn(directory), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"], cancellationToken)
                .ConfigureAwait(false);
            for (var attempt = 1; ; attempt++)
            {
                // Another process may take the free port before the server binds it: try again with another.
                var port = FreePort();
                var (exitCode, output) = await CommandRunner.RunAsync(
                    Path.Combine(bin, "pg_ctl"),
                    ["start", "-D", DataIn(directory), "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-s", "-o", ServerOptions(port, directory)],
                    ToolTimeout,
                    cancellationToken).ConfigureAwait(false);
                if (exitCode == 0)
                {
                    return new LocalCluster(bin, directory, port);
                }

                var log = ReadLog(directory);
                if (attempt == PortAttempts || !log.Contains("could not bind", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException($"pg_ctl start failed ({exitCode}): {output} {log}");
                }
            }
        }
        catch (Exception startFailure)
        {
            try
            {
                await RemoveAsync(bin, directory).ConfigureAwait(false);
            }
            catch (Exception cleanupFailure) when (cleanupFailure is not OperationCanceledException)
            {
                // Report why the cluster did not start, not the clean-up's trouble with a half-made cluster.
                throw new InvalidOperationException($"{startFailure.Message} (removing {directory} also failed: {cleanupFailure.Message})", startFailure);
            }

            throw;
        }
    }

    public ValueTask DisposeAsync() => Remove();

    private async ValueTask Remove()
    {
        if (Interlocked.Exchange(ref _removed, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit -= _onProcessExit;
            await RemoveAsync(_bin, Directory).ConfigureAwait(false);
        }
    }

    private static string DataIn(string directory) => Path.Combine(directory, "data");

    private static string ServerOptions(int port, string directory) =>
        $"-p {port.ToString(CultureInfo.InvariantCulture)} -k {directory} -c listen_addresses=127.0.0.1 " +
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string bin, string tool, string[] arguments, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await CommandRunner.RunAsync(Path.Combine(bin, tool), arguments, ToolTimeout, cancellationToken)
            .ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({exitCode}): {output}");
        }
    }

    /// <summary>Stops the server immediately (no checkpoint: the data is thrown away) and deletes the directory.</summary>
    private static async Task RemoveAsync(string bin, string directory)
    {
        if (File.Exists(Path.Combine(DataIn(directory), "postmaster.pid")))
        {
            await CommandRunner.RunAsync(Path.Combine(bin, "pg_ctl"), ["stop", "-D", DataIn(directory), "-m", "immediate", "-w", "-s"], ToolTimeout)
                .ConfigureAwait(false);
        }

        if (System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Removes clusters left by test processes that were killed before they could remove their own.</summary>
    private static async Task RemoveAbandonedAsync(string bin, CancellationToken cancellationToken)
    {
        foreach (var directory in System.IO.Directory.GetDirectories(TempRoot, DirectoryPrefix + "*"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var owner = Path.Combine(directory, OwnerFile);
            if (File.Exists(owner)
                && int.TryParse(File.ReadAllText(owner), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
                && !IsRunning(pid))
            {
                try
                {
                    await RemoveAsync(bin, directory).ConfigureAwait(false);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
                {
                    // Another process may be removing the same abandoned cluster; whoever is first wins.
                }
            }
        }
    }

    private static bool IsRunning(int pid) => System.IO.Directory.Exists($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}") || !OperatingSystem.IsLinux();

    private static string ReadLog(string directory)
    {
        var log = Path.Combine(directory, "server.log");
        return File.Exists(log) ? File.ReadAllText(log).Trim() : "";
    }
}
