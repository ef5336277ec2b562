using System.Collections.Concurrent;

namespace LifetimeAssert.Sweep.Tests;

/// <summary>
/// The runs of one scenario assembly: each distinct run (its runner arguments and variables) happens once per test
/// process, however many tests read it. The sweep's variables come from the run, never from the machine running the tests.
/// </summary>
/// <typeparam name="TResults">What a run reports.</typeparam>
/// <param name="run">Runs the assembly with these arguments and variables.</param>
internal sealed class CachedRuns<TResults>(Func<IReadOnlyList<string>, IReadOnlyDictionary<string, string?>, Task<TResults>> run)
{
    private static readonly string[] SweepVariables =
        ["LIFETIMEASSERT_SWEEP", "LIFETIMEASSERT_SWEEP_BASELINE", "LIFETIMEASSERT_SWEEP_BASELINE_FILE", "GITHUB_STEP_SUMMARY", "SWEEP_SCENARIO_ORDER", "SWEEP_SCENARIO_ASSEMBLY_FIXTURE"];

    private readonly ConcurrentDictionary<string, Lazy<Task<TResults>>> _runs = new(StringComparer.Ordinal);

    public Task<TResults> Get(IReadOnlyList<string> arguments, (string Name, string? Value)[] environment)
    {
        var variables = SweepVariables.ToDictionary(name => name, _ => (string?)null);
        foreach (var (name, value) in environment)
        {
            variables[name] = value;
        }

        var key = string.Join("\n", [.. arguments, .. variables.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + "=" + v.Value)]);
        return _runs.GetOrAdd(key, _ => new Lazy<Task<TResults>>(() => run(arguments, variables))).Value;
    }
}

/// <summary>Expectations on a failure message, shared by the frameworks' results.</summary>
internal static class Fragments
{
    /// <summary>Every fragment occurs in <paramref name="text"/>, each after the one before.</summary>
    public static void InOrder(string name, string text, IEnumerable<string> fragments)
    {
        var at = 0;
        foreach (var fragment in fragments)
        {
            var found = text.IndexOf(fragment, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"{name}: \"{fragment}\" not found after position {at} in:\n{text}");
            at = found + fragment.Length;
        }
    }
}
