using System.Diagnostics;

namespace LifetimeAssert.Npgsql.Testing;

/// <summary>
/// Runs PostgreSQL's command-line tools and the few commands a local cluster needs. initdb and pg_ctl refuse to run
/// as root, so as root they run as the <c>postgres</c> user through <c>runuser</c>; so does everything done inside a
/// cluster's directory, which that user owns. A command that outlives its timeout or its caller's cancellation is killed.
/// </summary>
internal static class CommandRunner
{
    public const string ServerUser = "postgres";

    public static bool RunsAsServerUser => Environment.IsPrivilegedProcess;

    /// <summary>Runs a tool to its end as the server user (as this process's user unless root); returns its exit code and what it printed.</summary>
    public static Task<(int ExitCode, string Output)> RunAsync(
        string executable, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(RunsAsServerUser ? "runuser" : executable);
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

        return RunCoreAsync(start, Path.GetFileName(executable), timeout, cancellationToken);
    }

    /// <summary>Gives a directory to the server user, so the tools running as that user can write in it.</summary>
    public static async Task ChownToServerUserAsync(string directory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!RunsAsServerUser)
        {
            return;
        }

        var start = new ProcessStartInfo("chown");
        foreach (var argument in new[] { "-R", $"{ServerUser}:", "--", directory })
        {
            start.ArgumentList.Add(argument);
        }

        var (exitCode, output) = await RunCoreAsync(start, "chown", timeout, cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"chown {ServerUser} {directory} failed: {output}");
        }
    }

    private static async Task<(int ExitCode, string Output)> RunCoreAsync(
        ProcessStartInfo start, string name, TimeSpan timeout, CancellationToken cancellationToken)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Never leave a tool running behind a caller that stopped waiting for it.
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{name} did not finish within {timeout.TotalSeconds:0} s.");
        }

        return (process.ExitCode, (await output.ConfigureAwait(false) + await error.ConfigureAwait(false)).Trim());
    }
}
