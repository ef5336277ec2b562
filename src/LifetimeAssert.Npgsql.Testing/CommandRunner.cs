using System.Diagnostics;

namespace LifetimeAssert.Npgsql.Testing;

/// <summary>
/// Runs PostgreSQL's command-line tools. initdb and pg_ctl refuse to run as root, so as root they run as the
/// <c>postgres</c> user through <c>runuser</c>.
/// </summary>
internal static class CommandRunner
{
    public const string ServerUser = "postgres";

    public static bool RunsAsServerUser => Environment.IsPrivilegedProcess;

    /// <summary>Runs a tool to its end; returns its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string executable, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo
        {
            FileName = RunsAsServerUser ? "runuser" : executable,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (RunsAsServerUser)
        {
            foreach (var prefix in new[] { "-u", ServerUser, "--", executable })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(executable)} did not finish within {timeout.TotalSeconds:0} s.");
        }

        return (process.ExitCode, (await output.ConfigureAwait(false) + await error.ConfigureAwait(false)).Trim());
    }

    /// <summary>Gives a directory to the server user, so the tools running as that user can write in it.</summary>
    public static async Task ChownToServerUserAsync(string directory, CancellationToken cancellationToken)
    {
        if (!RunsAsServerUser)
        {
            return;
        }

        var start = new ProcessStartInfo("chown") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in new[] { "-R", $"{ServerUser}:", directory })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("chown did not start.");
        var error = await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chown {ServerUser} {directory} failed: {error.Trim()}");
        }
    }
}
