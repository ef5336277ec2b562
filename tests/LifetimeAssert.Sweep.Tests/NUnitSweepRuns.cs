namespace LifetimeAssert.Sweep.Tests;

/// <summary>Runs of the NUnit sweep scenarios (LifetimeAssert.Sweep.NUnit.Scenarios) with a level, an order or a baseline.</summary>
internal static class NUnitSweepRuns
{
    private static readonly CachedRuns<NUnitRunResults> Runs = new((_, environment) => NUnitRun.RunAsync(ScenarioPath, environment));

    public static string ScenarioPath => ScenarioAssembly.AdditionalPathRecordedIn(typeof(NUnitSweepRuns).Assembly, "LifetimeAssert.Sweep.NUnit.Scenarios");

    public static Task<NUnitRunResults> Default => Run();

    /// <summary>A run with the given variables (the sweep's level, baseline file, the scenarios' order, …).</summary>
    public static Task<NUnitRunResults> Run(params (string Name, string? Value)[] environment) => Runs.Get([], environment);

    public static Task<NUnitRunResults> AtLevel(string level) => Run(("LIFETIMEASSERT_SWEEP", level));

    /// <summary>The one result whose full name ends with <c>.</c><paramref name="name"/> (<c>Fixture.Test</c>, or a test case).</summary>
    public static async Task<NUnitResult> SingleAsync(this Task<NUnitRunResults> run, string name)
    {
        var results = await run;
        var matches = results.Tests.Where(r => r.FullName.EndsWith("." + name, StringComparison.Ordinal)).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"Expected one result named {name}, found {matches.Count}:\n{results.Console}");
    }
}

/// <summary>What an NUnit scenario's result must be.</summary>
internal static class NUnitExpect
{
    public static void Passed(NUnitResult result) =>
        Assert.True(result.Result == "Passed", $"{result.FullName} should pass, but: {result.Result} {result.Label}\n{result.Message}\n{result.Output}");

    /// <summary>Failed by the sweep (an assertion failure, no "Error" label), its message holding every fragment in order.</summary>
    public static void LeakedWith(NUnitResult result, params string[] fragments)
    {
        Assert.True(result.Result == "Failed", $"{result.FullName} should fail, but passed:\n{result.Output}");
        Assert.Null(result.Label);
        Assert.StartsWith("LeakSweep (", result.Message, StringComparison.Ordinal);
        Fragments.InOrder(result.FullName, result.Message, fragments);
    }
}
