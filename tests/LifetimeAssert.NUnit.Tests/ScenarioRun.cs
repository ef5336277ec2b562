using System.Diagnostics;
using System.Security;
using System.Xml.Linq;
using LifetimeAssert.Testing.Runner;
using NUnit.Framework;

namespace LifetimeAssert.NUnit.Tests;

/// <summary>
/// Runs the scenario assembly once, as its own process through NUnit's runner, and reads NUnit's result XML:
/// unlike TRX, it tells an assertion failure from an error. The dump scenario assembly is run the same way, apart.
/// </summary>
internal static class ScenarioRun
{
    /// <summary>The scenario assembly of this configuration, as its build recorded it.</summary>
    public static string AssemblyPath { get; } = ScenarioAssembly.PathRecordedIn(typeof(ScenarioRun).Assembly);

    /// <summary>The dump scenario assembly of this configuration (with the heap dump writer), as its build recorded it.</summary>
    public static string DumpAssemblyPath { get; } = ScenarioAssembly.AdditionalPathRecordedIn(typeof(ScenarioRun).Assembly, "LifetimeAssert.NUnit.DumpScenarios");

    private static readonly Lazy<Run> Results = new(() => Execute(AssemblyPath));
    private static readonly Lazy<Run> DumpResults = new(() => Execute(DumpAssemblyPath));

    /// <summary>Every result of the dump scenario assembly; the first call runs it.</summary>
    public static IReadOnlyList<ScenarioResult> DumpScenarios => DumpResults.Value.Tests;

    public static int ExitCode => Results.Value.ExitCode;

    public static IReadOnlyList<ScenarioResult> All => Results.Value.Tests;

    /// <summary>How many times each scenario body that records its runs ran (see <see cref="ScenarioBodyRuns"/>).</summary>
    public static IReadOnlyDictionary<string, int> BodyRuns => Results.Value.BodyRuns;

    public static ScenarioResult Single(string name)
    {
        var matches = All.Where(r => r.FullName.EndsWith("." + name, StringComparison.Ordinal)).ToList();
        Assert.That(matches, Has.Count.EqualTo(1), $"Expected one result named {name}.\n{Results.Value.Console}");
        return matches[0];
    }

    private static Run Execute(string assembly)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"lifetimeassert-nunit-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var settings = Path.Combine(folder, "nunit.runsettings");
            File.WriteAllText(settings, $"""
                <RunSettings><NUnit>
                  <TestOutputXml>{SecurityElement.Escape(folder)}</TestOutputXml>
                  <OutputXmlFolderMode>AsSpecified</OutputXmlFolderMode>
                </NUnit></RunSettings>
                """);
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { "exec", assembly, "--no-ansi", "--progress", "off", "--settings", settings, "--results-directory", folder },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var bodyRuns = new ScenarioBodyRuns(Path.Combine(folder, "body-runs"));
            bodyRuns.AddTo(start);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var console = output + error.GetAwaiter().GetResult();
            var xml = Directory.GetFiles(folder, "*.xml");
            Assert.That(xml, Has.Length.EqualTo(1), $"The scenario run wrote no NUnit results (exit {process.ExitCode}):\n{console}");
            return new Run(process.ExitCode, Parse(XDocument.Load(xml[0])), console, bodyRuns.ReadAndRemove());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<ScenarioResult> Parse(XDocument document) =>
        document.Descendants("test-case").Select(test => new ScenarioResult(
            (string)test.Attribute("fullname")!,
            (string)test.Attribute("result")!,
            (string?)test.Attribute("label"),
            test.Element("failure")?.Element("message")?.Value ?? string.Empty,
            test.Element("output")?.Value ?? string.Empty,
            test.Descendants("attachment").Select(a => a.Element("filePath")?.Value ?? string.Empty).ToList())).ToList();

    private sealed record Run(int ExitCode, IReadOnlyList<ScenarioResult> Tests, string Console, IReadOnlyDictionary<string, int> BodyRuns);
}
