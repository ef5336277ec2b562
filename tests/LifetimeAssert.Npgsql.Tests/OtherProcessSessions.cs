using System.Diagnostics;
using Npgsql;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>
/// Sessions held by other processes on the same server, with the same user, database and application name as the
/// test's data sources: what a second test process running at the same time looks like to the server. Each session
/// is a <c>psql</c> process of its own, connected through the environment (the password never appears on a command
/// line), that holds its session until disposed.
/// </summary>
internal sealed class OtherProcessSessions(string psql, string connectionString, string applicationName) : IAsyncDisposable
{
    private readonly List<Process> _held = [];

    public int Count => _held.Count;

    /// <summary>psql from PATH or from PostgreSQL's bin directories, or null.</summary>
    public static string? FindPsql() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")) : [])
            .Select(directory => Path.Combine(directory, "psql"))
            .FirstOrDefault(File.Exists);

    /// <summary>Starts one more process and returns once its session is open on the server.</summary>
    public async Task OpenOneAsync()
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(psql, ["-X", "-q", "-A", "-t"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PGHOST"] = settings.Host;
        start.Environment["PGPORT"] = settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = settings.Username;
        start.Environment["PGDATABASE"] = settings.Database;
        start.Environment["PGPASSWORD"] = settings.Password;
        start.Environment["PGAPPNAME"] = applicationName;
        start.Environment["PGCONNECT_TIMEOUT"] = "10";
        var process = Process.Start(start)!;
        _held.Add(process);
        await process.StandardInput.WriteLineAsync("SELECT pg_backend_pid();");
        await process.StandardInput.FlushAsync();
        var pid = await process.StandardOutput.ReadLineAsync();
        if (!int.TryParse(pid, out _))
        {
            Assert.Fail($"psql did not connect: {pid} {await ErrorsAsync(process)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _held)
        {
            // End of input: psql closes its session and exits.
            process.StandardInput.Close();
            if (!process.WaitForExit(10_000))
            {
                process.Kill();
            }

            await process.WaitForExitAsync();
            process.Dispose();
        }
    }

    private static async Task<string> ErrorsAsync(Process process)
    {
        process.StandardInput.Close();
        return await process.StandardError.ReadToEndAsync();
    }
}
