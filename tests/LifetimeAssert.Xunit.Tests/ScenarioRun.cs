using System.Diagnostics;
using System.Reflection;
using System.Xml.Linq;

namespace LifetimeAssert.Xunit.Tests;

/// <summary>One test's result as the real xUnit v3 runner reported it.</summary>
public sealed record ScenarioResult(string Method, string Name, string Outcome, string? ExceptionType, string Message, IReadOnlyList<string> Attachments);

/// <summary>Runs the scenario assembly once through the xUnit v3 runner and reads its XML results.</summary>
internal static class ScenarioRun
{
    private static readonly Lazy<Task<IReadOnlyList<ScenarioResult>>> Results = new(RunAsync);

    public static Task<IReadOnlyList<ScenarioResult>> AllAsync() => Results.Value;

    public static async Task<ScenarioResult> SingleAsync(string name)
    {
        var matches = (await AllAsync()).Where(r => r.Name.EndsWith("." + name, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"Expected one result named {name}, found {matches.Count}.");
        return matches[0];
    }

    private static async Task<IReadOnlyList<ScenarioResult>> RunAsync()
    {
        var assembly = typeof(ScenarioRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ScenarioAssembly").Value!;
        var xml = Path.Combine(Path.GetTempPath(), $"lifetimeassert-xunit-{Guid.NewGuid():N}.xml");
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { assembly, "-noLogo", "-noColor", "-result-xml", xml },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(File.Exists(xml), $"The scenario run wrote no results (exit {process.ExitCode}):\n{await output}\n{await error}");
            return Parse(XDocument.Load(xml));
        }
        finally
        {
            File.Delete(xml);
        }
    }

    // xUnit's XML writer escapes quotes in messages with a backslash.
    private static string Unescape(string message) => message.Replace("\\\"", "\"", StringComparison.Ordinal);

    private static List<ScenarioResult> Parse(XDocument document) =>
        document.Descendants("test").Select(test =>
        {
            var failure = test.Element("failure");
            return new ScenarioResult(
                (string)test.Attribute("method")!,
                (string)test.Attribute("name")!,
                (string)test.Attribute("result")!,
                (string?)failure?.Attribute("exception-type"),
                Unescape(failure?.Element("message")?.Value ?? string.Empty),
                test.Descendants("attachment").Select(a => (string)a.Attribute("name")!).ToList());
        }).ToList();
}
