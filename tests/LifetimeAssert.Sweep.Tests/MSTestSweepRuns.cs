namespace LifetimeAssert.Sweep.Tests;

/// <summary>Runs of the MSTest sweep scenarios (LifetimeAssert.Sweep.MSTest.Scenarios) with a level, an order or a baseline.</summary>
internal static class MSTestSweepRuns
{
    private static readonly CachedRuns<MSTestRunResults> Runs = new((arguments, environment) => MSTestRun.RunAsync(ScenarioPath, arguments, environment));

    public static string ScenarioPath => ScenarioAssembly.AdditionalPathRecordedIn(typeof(MSTestSweepRuns).Assembly, "LifetimeAssert.Sweep.MSTest.Scenarios");

    public static Task<MSTestRunResults> Default => Run();

    /// <summary>A run with the given variables (the sweep's level, baseline file, …).</summary>
    public static Task<MSTestRunResults> Run(params (string Name, string? Value)[] environment) => Runs.Get([], environment);

    /// <summary>A run with MSTest's settings of <c>MSTestOrder.<paramref name="order"/>.runsettings</c> (ByName, Shuffled).</summary>
    public static Task<MSTestRunResults> InOrder(string order) =>
        Runs.Get(["--settings", Path.Combine(AppContext.BaseDirectory, $"MSTestOrder.{order}.runsettings")], []);

    public static Task<MSTestRunResults> AtLevel(string level) => Run(("LIFETIMEASSERT_SWEEP", level));

    /// <summary>A run of the tests of one class only (the assembly's fixture is set up and cleaned up all the same).</summary>
    public static Task<MSTestRunResults> OfClass(string testClass, params (string Name, string? Value)[] environment) =>
        Runs.Get(["--filter", "ClassName=LifetimeAssert.Sweep.MSTest.Scenarios." + testClass], environment);

    /// <summary>The sweep's own result for a fixture, such as <c>FixtureTests (class fixture)</c>, or null when it has none.</summary>
    public static async Task<MSTestResult?> FixtureAsync(this Task<MSTestRunResults> run, string fixture) =>
        (await run).Tests.SingleOrDefault(r => r.ClassName == "LifetimeAssert.LeakSweep" && r.Name == fixture);

    /// <summary>The one result named <c>Class.Test</c> (a data row as MSTest names it: <c>Class.Test (True)</c>).</summary>
    public static async Task<MSTestResult> SingleAsync(this Task<MSTestRunResults> run, string name)
    {
        var results = await run;
        var matches = results.Tests.Where(r => Named(r) == name).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"Expected one result named {name}, found {matches.Count}:\n{results.Console}");
    }

    public static string Named(MSTestResult result) => result.ClassName[(result.ClassName.LastIndexOf('.') + 1)..] + "." + result.Name;
}

/// <summary>What an MSTest scenario's result must be.</summary>
internal static class MSTestExpect
{
    // MSTest words a failure of the global test cleanup, which ends the sweep, before the exception's type and message.
    private const string SweepFailure = "TestCleanup method LifetimeAssert.MSTest.Generated.LifetimeAssertLeakSweep.LeakSweep threw exception. LifetimeAssert.LeakSweepException: LeakSweep (";

    public static void Passed(MSTestResult result) =>
        Assert.True(result.Outcome == "Passed", $"{result.Name} should pass, but: {result.Outcome}\n{result.Message}\n{result.Output}");

    /// <summary>A fixture's result of its own, failed by the sweep, its message holding every fragment in order.</summary>
    public static void FixtureLeakedWith(MSTestResult? result, string fixture, params string[] fragments)
    {
        Assert.True(result is not null, $"{fixture} should have a result of its own, but has none.");
        Assert.True(result.Outcome == "Failed", $"{fixture} should fail, but: {result.Outcome}");
        Assert.StartsWith($"LeakSweep (dispose): {fixture} left ", result.Message, StringComparison.Ordinal);
        Fragments.InOrder(fixture, result.Message, fragments);
    }

    /// <summary>Failed by the sweep, its message holding every fragment in order.</summary>
    public static void LeakedWith(MSTestResult result, params string[] fragments)
    {
        Assert.True(result.Outcome == "Failed", $"{result.Name} should fail, but passed:\n{result.Output}");
        Assert.StartsWith(SweepFailure, result.Message, StringComparison.Ordinal);
        Fragments.InOrder(result.Name, result.Message, fragments);
    }
}
