using System.Diagnostics;
using System.Globalization;
using System.Security;
using System.Xml.Linq;

namespace LifetimeAssert.Testing.Runner;

/// <summary>
/// Runs an NUnit assembly as its own Microsoft.Testing.Platform process (NUnit's runner, <c>EnableNUnitRunner</c>) and
/// reads NUnit's own result XML, which tells an assertion failure from an error and keeps each suite's output.
/// </summary>
public static class NUnitRun
{
    /// <summary>Runs every test of <paramref name="assemblyPath"/> once.</summary>
    /// <param name="assemblyPath">The test assembly (its .dll), as built.</param>
    /// <param name="environment">Variables to set (a null value removes one) for the run.</param>
    /// <returns>The exit code, every test's result, the assembly's output and the console output.</returns>
    /// <exception cref="InvalidOperationException">The run wrote no NUnit results.</exception>
    public static async Task<NUnitRunResults> RunAsync(string assemblyPath, IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentException.ThrowIfNullOrEmpty(assemblyPath);
        ArgumentNullException.ThrowIfNull(environment);
        var folder = Path.Combine(Path.GetTempPath(), $"lifetimeassert-nunit-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var settings = Path.Combine(folder, "nunit.runsettings");
            await File.WriteAllTextAsync(settings, $"""
                <RunSettings><NUnit>
                  <TestOutputXml>{SecurityElement.Escape(folder)}</TestOutputXml>
                  <OutputXmlFolderMode>AsSpecified</OutputXmlFolderMode>
                </NUnit></RunSettings>
                """).ConfigureAwait(false);
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { "exec", assemblyPath, "--no-ansi", "--progress", "off", "--settings", settings, "--results-directory", folder },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            using var process = Process.Start(start)
                ?? throw new InvalidOperationException($"Could not start dotnet exec {assemblyPath}.");

            // Both streams are drained while the runner works: a full pipe would stop it.
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().ConfigureAwait(false);
            var console = await output.ConfigureAwait(false) + await error.ConfigureAwait(false);

            // Failing tests make the runner exit non-zero on purpose: only missing results mean the run broke.
            var xml = Directory.GetFiles(folder, "*.xml");
            return xml.Length == 1
                ? Parse(XDocument.Load(xml[0]), process.ExitCode, console)
                : throw new InvalidOperationException($"The run of {assemblyPath} wrote no NUnit results (exit {process.ExitCode}):\n{console}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static NUnitRunResults Parse(XDocument document, int exitCode, string console)
    {
        var assembly = document.Descendants("test-suite").FirstOrDefault(s => (string?)s.Attribute("type") == "Assembly");
        return new(
            exitCode,
            [.. document.Descendants("test-case").Select(test => new NUnitResult(
                (string)test.Attribute("fullname")!,
                (string)test.Attribute("result")!,
                (string?)test.Attribute("label"),
                test.Element("failure")?.Element("message")?.Value ?? string.Empty,
                test.Element("output")?.Value ?? string.Empty,
                [.. test.Descendants("attachment").Select(a => a.Element("filePath")?.Value ?? string.Empty)],
                DateTimeOffset.Parse((string)test.Attribute("start-time")!, CultureInfo.InvariantCulture)))],
            assembly?.Element("output")?.Value ?? string.Empty,
            assembly?.Element("failure")?.Element("message")?.Value ?? string.Empty,
            console);
    }
}
