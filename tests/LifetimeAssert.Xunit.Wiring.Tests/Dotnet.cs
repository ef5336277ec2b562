using System.Diagnostics;

namespace LifetimeAssert.Xunit.Wiring.Tests;

/// <summary>What one <c>dotnet</c> command did: its exit code and everything it printed.</summary>
internal sealed record DotnetResult(string CommandLine, int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"{CommandLine}\nexited {ExitCode}:\n{Output}";
}

/// <summary>Runs the <c>dotnet</c> host as a child process.</summary>
internal static class Dotnet
{
    // Generous for a build on a busy 2-core machine; a hung child must fail the tests, not stall the run.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static async Task<DotnetResult> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var commandLine = "dotnet " + string.Join(' ', arguments);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            await Task.WhenAll(output, error).WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new DotnetResult(commandLine, -1, $"timed out after {Limit}, killed.\n{await output}\n{await error}");
        }

        return new DotnetResult(commandLine, process.ExitCode, $"{await output}\n{await error}".Trim());
    }
}
