namespace LifetimeAssert.Testing.Runner;

/// <summary>One test's result as the real MSTest runner reported it in its TRX file.</summary>
/// <param name="Name">The test's name: the method, with a data row's arguments, for example <c>Rows (2)</c>.</param>
/// <param name="ClassName">The test class's full name.</param>
/// <param name="Outcome">Passed, Failed, Error, …</param>
/// <param name="Message">The failure message, or empty.</param>
/// <param name="StackTrace">The failure's stack trace, or empty.</param>
/// <param name="Output">What the test wrote (console and TestContext); a check writes its report there.</param>
/// <param name="ResultFiles">The files attached to the result.</param>
/// <param name="Started">When the test started (the order a class's tests ran in).</param>
public sealed record MSTestResult(
    string Name, string ClassName, string Outcome, string Message, string StackTrace, string Output, IReadOnlyList<string> ResultFiles, DateTimeOffset Started);

/// <summary>What one run of an MSTest assembly did: its exit code, every test's result and what it printed.</summary>
/// <param name="ExitCode">The process's exit code (2 when some tests failed).</param>
/// <param name="Tests">Every test's result, from the TRX file.</param>
/// <param name="Console">What the runner printed.</param>
/// <param name="BodyRuns">How many times each scenario body that records its runs ran (see <see cref="ScenarioBodyRuns"/>).</param>
public sealed record MSTestRunResults(int ExitCode, IReadOnlyList<MSTestResult> Tests, string Console, IReadOnlyDictionary<string, int>? BodyRuns = null);
