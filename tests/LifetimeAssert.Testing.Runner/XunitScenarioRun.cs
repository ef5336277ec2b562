using System.Collections.Concurrent;
using System.Diagnostics;
using System.Xml.Linq;

namespace LifetimeAssert.Testing.Runner;

/// <summary>
/// Runs one scenario assembly once through the xUnit v3 runner and reads its XML results. Runs are cached per path:
/// every test of a test project asks for the same run, and the scenarios (many leak checks) run only once.
/// </summary>
public sealed class XunitScenarioRun
{
    private static readonly ConcurrentDictionary<string, XunitScenarioRun> Runs = new(StringComparer.Ordinal);

    private readonly Lazy<Task<(IReadOnlyList<ScenarioResult> Results, IReadOnlyDictionary<string, int> BodyRuns)>> _run;

    private readonly IReadOnlyList<string> _arguments;
    private readonly IReadOnlyDictionary<string, string?> _environment;

    private XunitScenarioRun(string assemblyPath, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        AssemblyPath = assemblyPath;
        _arguments = arguments;
        _environment = environment;
        _run = new(RunAsync);
    }

    /// <summary>
    /// The run's errors outside any test (a collection's or class's cleanup failure, say), as <c>type: name: message</c>,
    /// once the run is over.
    /// </summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>What the runner wrote to its standard output, once the run is over.</summary>
    public string StandardOutput { get; private set; } = string.Empty;

    /// <summary>The scenario assembly this run executes.</summary>
    public string AssemblyPath { get; }

    /// <summary>The run of the scenario assembly at <paramref name="assemblyPath"/>; the same object for the same path.</summary>
    /// <param name="assemblyPath">The scenario assembly (its .dll), as built.</param>
    /// <returns>The run; it starts on the first call to <see cref="AllAsync"/> or <see cref="SingleAsync"/>.</returns>
    public static XunitScenarioRun For(string assemblyPath) => For(assemblyPath, [], new Dictionary<string, string?>());

    /// <summary>
    /// The run of the scenario assembly with leading runner <paramref name="arguments"/> (a randomization seed <c>:1</c>,
    /// say) and <paramref name="environment"/> variables; the same object for the same path, arguments and variables.
    /// </summary>
    /// <param name="assemblyPath">The scenario assembly (its .dll), as built.</param>
    /// <param name="arguments">Arguments before the runner's own.</param>
    /// <param name="environment">Variables to set (a null value removes one) for the run.</param>
    /// <returns>The run.</returns>
    public static XunitScenarioRun For(string assemblyPath, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentException.ThrowIfNullOrEmpty(assemblyPath);
        var key = string.Join("\n", [Path.GetFullPath(assemblyPath), .. arguments, .. environment.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + "=" + e.Value)]);
        return Runs.GetOrAdd(key, _ => new XunitScenarioRun(Path.GetFullPath(assemblyPath), arguments, environment));
    }

    /// <summary>Every test's result; the first call starts the run.</summary>
    /// <returns>The results in the order the runner wrote them.</returns>
    public async Task<IReadOnlyList<ScenarioResult>> AllAsync() => (await _run.Value.ConfigureAwait(false)).Results;

    /// <summary>
    /// How many times each scenario body that records its runs (LifetimeAssert.Scenarios' <c>BodyRuns</c>) ran in the
    /// run; the first call starts the run.
    /// </summary>
    /// <returns>Runs per scenario name; a body that never ran is absent.</returns>
    public async Task<IReadOnlyDictionary<string, int>> BodyRunsAsync() => (await _run.Value.ConfigureAwait(false)).BodyRuns;

    /// <summary>The one result whose display name ends with <c>.</c><paramref name="name"/>.</summary>
    /// <param name="name">The end of the test's display name: a method, <c>Class.Method</c>, or a theory row.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InvalidOperationException">No result, or more than one, has that name.</exception>
    public async Task<ScenarioResult> SingleAsync(string name)
    {
        var all = await AllAsync().ConfigureAwait(false);
        var matches = all.Where(r => r.Name.EndsWith("." + name, StringComparison.Ordinal)).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException(
                $"Expected one result named {name}, found {matches.Count} among: {string.Join(", ", all.Select(r => r.Name))}");
    }

    private async Task<(IReadOnlyList<ScenarioResult> Results, IReadOnlyDictionary<string, int> BodyRuns)> RunAsync()
    {
        var xml = Path.Combine(Path.GetTempPath(), $"lifetimeassert-xunit-{Guid.NewGuid():N}.xml");
        var bodyRuns = new ScenarioBodyRuns();
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(AssemblyPath);
            foreach (var argument in _arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var argument in new[] { "-noLogo", "-noColor", "-result-xml", xml })
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var (name, value) in _environment)
            {
                start.Environment[name] = value;
            }

            bodyRuns.AddTo(start);
            using var process = Process.Start(start)
                ?? throw new InvalidOperationException($"Could not start dotnet {AssemblyPath}.");

            // Both streams are drained while the runner works: a full pipe would stop it.
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().ConfigureAwait(false);
            StandardOutput = await output.ConfigureAwait(false);

            // Failing scenarios make the runner exit non-zero on purpose: only missing results mean the run broke.
            return File.Exists(xml)
                ? (ParseAll(XDocument.Load(xml)), bodyRuns.ReadAndRemove())
                : throw new InvalidOperationException(
                    $"The scenario run of {AssemblyPath} wrote no results (exit {process.ExitCode}):\n{await output.ConfigureAwait(false)}\n{await error.ConfigureAwait(false)}");
        }
        finally
        {
            File.Delete(xml);
            bodyRuns.ReadAndRemove();
        }
    }

    // xUnit's XML writer escapes quotes in messages and names with a backslash.
    private static string Unescape(string message) => message.Replace("\\\"", "\"", StringComparison.Ordinal);

    private List<ScenarioResult> ParseAll(XDocument document)
    {
        Errors = [.. document.Descendants("error").Select(error =>
            $"{(string?)error.Attribute("type")}: {(string?)error.Attribute("name")}: {Unescape(error.Element("failure")?.Element("message")?.Value ?? string.Empty)}")];
        return Parse(document);
    }

    private static List<ScenarioResult> Parse(XDocument document) =>
        document.Descendants("test").Select(test =>
        {
            var failure = test.Element("failure");
            return new ScenarioResult(
                (string)test.Attribute("method")!,
                Unescape((string)test.Attribute("name")!),
                (string)test.Attribute("result")!,
                (string?)failure?.Attribute("exception-type"),
                Unescape(failure?.Element("message")?.Value ?? string.Empty),
                test.Descendants("attachment").Select(a => (string)a.Attribute("name")!).ToList(),
                test.Element("output")?.Value ?? string.Empty,
                decimal.Parse((string?)test.Attribute("time") ?? "0", System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();
}
