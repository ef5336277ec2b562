using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Security.Cryptography;

namespace LifetimeAssert.Npgsql.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster: its own private directory (mode 0700) in the temporary folder, a free port on
/// 127.0.0.1, its socket inside that directory, no fsync, and a superuser <c>postgres</c> whose random password is
/// required over TCP and the socket alike (SCRAM-SHA-256: no connection is trusted). The password exists only in
/// <see cref="ConnectionString"/>; initdb reads it from a private file deleted right after. Disposing it stops the
/// server at once and deletes the directory; so does the process exiting, and a cluster whose owning process died is
/// removed by the next one started (see <see cref="AbandonedClusters"/>).
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class LocalCluster
{
    internal const string DirectoryPrefix = "lifetimeassert-pg-";
    internal const string OwnerFile = "owner.pid";
    private const string PasswordFile = "pwfile";
    private const string Superuser = "postgres";
    private const int PortAttempts = 3;
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(60);

    private readonly string _bin;
    private readonly EventHandler _onProcessExit;
    private int _removed;

    private LocalCluster(string bin, string directory, int port, string password)
    {
        _bin = bin;
        Directory = directory;
        ConnectionString =
            $"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};Username={Superuser};Password={password};Database=postgres";
        _onProcessExit = (_, _) => Remove().AsTask().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += _onProcessExit;
    }

    /// <summary>The cluster's directory: its data directory, log and socket.</summary>
    public string Directory { get; }

    /// <summary>Connects as the superuser over 127.0.0.1; it carries the password, so it is never printed.</summary>
    public string ConnectionString { get; }

    /// <summary>Where clusters live: /tmp as root, because the server user cannot enter a private TMPDIR of root's.</summary>
    internal static string TempRoot => CommandRunner.RunsAsServerUser ? "/tmp" : Path.GetTempPath();

    /// <summary>The account clusters run as and whose directories they are: <c>postgres</c> as root, else this process's user.</summary>
    internal static uint? AccountId => CommandRunner.RunsAsServerUser ? UnixFiles.UserId(CommandRunner.ServerUser) : UnixFiles.EffectiveUserId;

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

        var directory = CreatePrivateDirectory();
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory, OwnerFile), ProcessIdentity.Current.ToString(), cancellationToken)
                .ConfigureAwait(false);
            var password = RandomNumberGenerator.GetHexString(64, lowercase: true);
            await InitializeAsync(bin, directory, password, cancellationToken).ConfigureAwait(false);
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
                    return new LocalCluster(bin, directory, port, password);
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

    /// <summary>Removes clusters left by test processes that were killed before they could remove their own.</summary>
    internal static Task RemoveAbandonedAsync(string bin, CancellationToken cancellationToken) =>
        AbandonedClusters.RemoveAsync(bin, cancellationToken);

    public ValueTask DisposeAsync() => Remove();

    internal static string DataIn(string directory) => Path.Combine(directory, "data");

    /// <summary>Stops the server immediately (no checkpoint: the data is thrown away) when it may run, and deletes the directory.</summary>
    internal static async Task RemoveAsync(string bin, string directory, bool? serverMayRun = null)
    {
        if (serverMayRun ?? File.Exists(Path.Combine(DataIn(directory), "postmaster.pid")))
        {
            await CommandRunner.RunAsync(Path.Combine(bin, "pg_ctl"), ["stop", "-D", DataIn(directory), "-m", "immediate", "-w", "-s"], ToolTimeout)
                .ConfigureAwait(false);
        }

        await DeleteAsync(directory).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes a cluster's directory as the account that owns it: in this process when it is this process's user's,
    /// else (as root, a directory of the server user's) with <c>rm</c> run as the server user, so that nothing the
    /// server user placed in it can make root delete anything that user could not delete itself.
    /// </summary>
    private static async Task DeleteAsync(string directory)
    {
        if (UnixFiles.Status(directory) is not { } status)
        {
            return;
        }

        if (status.Owner == UnixFiles.EffectiveUserId)
        {
            System.IO.Directory.Delete(directory, recursive: true);
            return;
        }

        var (exitCode, output) = await CommandRunner.RunAsync("rm", ["-rf", "--one-file-system", "--", directory], ToolTimeout).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new IOException($"rm -rf {directory} failed ({exitCode}): {output}");
        }
    }

    /// <summary>
    /// A new directory only this user can enter. The name is unguessable, and the result is checked: an existing path
    /// (a link, another user's directory) is never taken over.
    /// </summary>
    private static string CreatePrivateDirectory()
    {
        // Unique per process and call, so test processes running at the same time never share a cluster.
        var directory = Path.Combine(TempRoot, $"{DirectoryPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(directory, OwnerOnly);
        if (UnixFiles.Status(directory) is not { Kind: UnixFiles.Kind.Directory } status
            || status.Owner != UnixFiles.EffectiveUserId
            || (status.Mode & ~OwnerOnly) != 0)
        {
            throw new InvalidOperationException($"{directory} is not a new directory private to this user; refusing to start a cluster in it.");
        }

        return directory;
    }

    /// <summary>
    /// Runs initdb with SCRAM-SHA-256 for every connection (<c>--auth</c> sets the TCP and the socket rules), the
    /// superuser's password read from a file only the cluster's account can read, deleted as soon as initdb ends.
    /// </summary>
    private static async Task InitializeAsync(string bin, string directory, string password, CancellationToken cancellationToken)
    {
        var passwordFile = Path.Combine(directory, PasswordFile);
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        };
        using (var file = new FileStream(passwordFile, options))
        {
            file.Write(System.Text.Encoding.UTF8.GetBytes(password + "\n"));
        }

        try
        {
            await CommandRunner.ChownToServerUserAsync(directory, ToolTimeout, cancellationToken).ConfigureAwait(false);
            await RunAsync(
                bin,
                "initdb",
                ["-D", DataIn(directory), "-U", Superuser, "--auth=scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8", "--no-sync"],
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async ValueTask Remove()
    {
        if (Interlocked.Exchange(ref _removed, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit -= _onProcessExit;
            await RemoveAsync(_bin, Directory).ConfigureAwait(false);
        }
    }

    private static string ServerOptions(int port, string directory) =>
        $"-p {port.ToString(CultureInfo.InvariantCulture)} -k {directory} -c listen_addresses=127.0.0.1 -c unix_socket_permissions=0700 " +
        "-c password_encryption=scram-sha-256 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";

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

    private static string ReadLog(string directory)
    {
        var log = Path.Combine(directory, "server.log");
        return File.Exists(log) ? File.ReadAllText(log).Trim() : "";
    }
}
