using System.Diagnostics;
using System.Xml.Linq;

namespace LifetimeAssert.Testing.Runner;

/// <summary>
/// Runs an MSTest 4 assembly as its own Microsoft.Testing.Platform process (it is its own executable) and reads the
/// TRX file it writes.
/// </summary>
public static class MSTestRun
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>Runs every test of <paramref name="assemblyPath"/> once.</summary>
    /// <param name="assemblyPath">The test assembly (its .dll), as built.</param>
    /// <returns>The exit code, every test's result and the console output.</returns>
    /// <exception cref="InvalidOperationException">The run wrote no TRX file.</exception>
    public static Task<MSTestRunResults> RunAsync(string assemblyPath) => RunAsync(assemblyPath, [], null);

    /// <summary>Runs a Microsoft.Testing.Platform test application with more arguments; a run that wrote no TRX (a command line the platform refused) has no results.</summary>
    /// <param name="assemblyPath">The test application (its .dll), as built.</param>
    /// <param name="arguments">Arguments after the ones that write the TRX.</param>
    /// <param name="environment">Variables to set (a null value removes one) for the run.</param>
    /// <returns>The exit code, every test's result and what the run wrote to the console.</returns>
    public static async Task<MSTestRunResults> RunAsync(string assemblyPath, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(assemblyPath);
        ArgumentNullException.ThrowIfNull(arguments);
        var folder = Path.Combine(Path.GetTempPath(), $"lifetimeassert-mstest-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { "exec", assemblyPath, "--no-ansi", "--progress", "off", "--report-trx", "--report-trx-filename", "results.trx", "--results-directory", folder },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            {
                start.Environment[name] = value;
            }

            var bodyRuns = new ScenarioBodyRuns(Path.Combine(folder, "body-runs"));
            bodyRuns.AddTo(start);
            using var process = Process.Start(start)
                ?? throw new InvalidOperationException($"Could not start dotnet exec {assemblyPath}.");

            // Both streams are drained while the runner works: a full pipe would stop it.
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().ConfigureAwait(false);
            var console = await output.ConfigureAwait(false) + await error.ConfigureAwait(false);

            // Failing tests make the runner exit non-zero on purpose: only a missing TRX means the run broke.
            var trx = Path.Combine(folder, "results.trx");
            return File.Exists(trx)
                ? new MSTestRunResults(process.ExitCode, Parse(XDocument.Load(trx)), console, bodyRuns.ReadAndRemove())
                : arguments.Count > 0 ? new MSTestRunResults(process.ExitCode, [], console, bodyRuns.ReadAndRemove())
                : throw new InvalidOperationException($"The run of {assemblyPath} wrote no TRX (exit {process.ExitCode}):\n{console}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<MSTestResult> Parse(XDocument document)
    {
        var classes = document.Descendants(Trx + "UnitTest").ToDictionary(
            test => (string)test.Attribute("id")!,
            test => (string)test.Element(Trx + "TestMethod")!.Attribute("className")!);
        return document.Descendants(Trx + "UnitTestResult").Select(result => new MSTestResult(
            (string)result.Attribute("testName")!,
            classes[(string)result.Attribute("testId")!],
            (string)result.Attribute("outcome")!,
            result.Descendants(Trx + "Message").FirstOrDefault()?.Value ?? string.Empty,
            result.Descendants(Trx + "StackTrace").FirstOrDefault()?.Value ?? string.Empty,
            result.Descendants(Trx + "StdOut").FirstOrDefault()?.Value ?? string.Empty,
            result.Descendants(Trx + "ResultFile").Select(file => (string)file.Attribute("path")!).ToList(),
            (DateTimeOffset)result.Attribute("startTime")!)).ToList();
    }
}
