using System.Diagnostics;

namespace LifetimeAssert.Testing.Runner;

/// <summary>
/// What a POSIX shell makes of the <c>open:</c> line of a leak report's <c>dump:</c> block, as a reader who pastes it
/// would run it: the line's argument is given to <c>printf</c> in place of <c>dotnet-dump analyze</c>, by <c>sh -c</c>, in
/// an empty folder. A safely quoted path comes back as one argument, equal to the dump's path, and the folder stays empty.
/// </summary>
/// <param name="OpenLine">The report's <c>open:</c> line.</param>
/// <param name="Arguments">The arguments the shell passed in place of <c>dotnet-dump analyze</c>.</param>
/// <param name="FilesCreated">The files that appeared in the folder the shell ran in (a command the line ran).</param>
public sealed record DumpCommand(string OpenLine, IReadOnlyList<string> Arguments, IReadOnlyList<string> FilesCreated)
{
    /// <summary>How the <c>open:</c> line starts; its argument follows.</summary>
    public const string OpenPrefix = "    open:   dotnet-dump analyze ";

    /// <summary>Runs the <c>open:</c> line of <paramref name="report"/> through <c>sh -c</c>, harmlessly.</summary>
    /// <param name="report">A leak report (a failed test's message) with a <c>dump:</c> block.</param>
    /// <returns>The line, what the shell made of it and what it created.</returns>
    /// <exception cref="InvalidOperationException">The report has no <c>open:</c> line.</exception>
    public static DumpCommand FromReport(string report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var line = report.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.StartsWith(OpenPrefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The report has no open: line:\n{report}");
        var folder = Path.Combine(Path.GetTempPath(), $"lifetimeassert-shell-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var start = new ProcessStartInfo("sh")
            {
                ArgumentList = { "-c", "printf '%s\\0' " + line[OpenPrefix.Length..] },
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start sh.");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = error.GetAwaiter().GetResult();
            var arguments = output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
            var created = Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
            return new DumpCommand(line, arguments, created);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The folder a scenario assembly's checks write their files to: <c>TestResults/LifetimeAssert</c> beside it.</summary>
    /// <param name="assemblyPath">The scenario assembly.</param>
    /// <returns>The folder's full path.</returns>
    public static string ResultsFolderOf(string assemblyPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!, "TestResults", "LifetimeAssert");
}
