using System.Diagnostics;
using System.Xml.Linq;
using LifetimeAssert.Testing.Runner;

namespace LifetimeAssert.MSTest.Tests;

/// <summary>
/// Runs the scenario assembly once, as its own Microsoft.Testing.Platform process with MSTest, and reads its TRX file.
/// </summary>
internal static class ScenarioRun
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    private static readonly Lazy<Run> Results = new(Execute);

    /// <summary>The scenario assembly of this configuration, as its build recorded it.</summary>
    public static string AssemblyPath { get; } = ScenarioAssembly.PathRecordedIn(typeof(ScenarioRun).Assembly);

    public static int ExitCode => Results.Value.ExitCode;

    public static ScenarioResult Single(string name)
    {
        // A name is the test's own (a method, or a data row such as "Rows (2)") or "Class.Method".
        var matches = Results.Value.Tests.Where(r => r.Name == name || r.ClassName[(r.ClassName.LastIndexOf('.') + 1)..] + "." + r.Name == name).ToList();
        Assert.HasCount(1, matches, $"Expected one result named {name}.\n{Results.Value.Console}");
        return matches[0];
    }

    private static Run Execute()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"lifetimeassert-mstest-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { "exec", AssemblyPath, "--no-ansi", "--progress", "off", "--report-trx", "--report-trx-filename", "scenarios.trx", "--results-directory", folder },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var console = output + error.GetAwaiter().GetResult();
            var trx = Path.Combine(folder, "scenarios.trx");
            Assert.IsTrue(File.Exists(trx), $"The scenario run wrote no TRX (exit {process.ExitCode}):\n{console}");
            return new Run(process.ExitCode, Parse(XDocument.Load(trx)), console);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<ScenarioResult> Parse(XDocument document)
    {
        var classes = document.Descendants(Trx + "UnitTest").ToDictionary(
            test => (string)test.Attribute("id")!,
            test => (string)test.Element(Trx + "TestMethod")!.Attribute("className")!);
        return document.Descendants(Trx + "UnitTestResult").Select(result => new ScenarioResult(
            (string)result.Attribute("testName")!,
            classes[(string)result.Attribute("testId")!],
            (string)result.Attribute("outcome")!,
            result.Descendants(Trx + "Message").FirstOrDefault()?.Value ?? string.Empty,
            result.Descendants(Trx + "StackTrace").FirstOrDefault()?.Value ?? string.Empty,
            result.Descendants(Trx + "StdOut").FirstOrDefault()?.Value ?? string.Empty,
            result.Descendants(Trx + "ResultFile").Select(file => (string)file.Attribute("path")!).ToList())).ToList();
    }

    private sealed record Run(int ExitCode, IReadOnlyList<ScenarioResult> Tests, string Console);
}
