namespace LifetimeAssert.Testing.Runner;

/// <summary>One test's result as the real NUnit runner reported it in its own result XML.</summary>
/// <param name="FullName">Namespace, fixture and test name, for example <c>…PlainTests.Rows(2)</c>.</param>
/// <param name="Result">Passed, Failed, Skipped, …</param>
/// <param name="Label">"Error" for an exception that is not an assertion; null for an assertion failure.</param>
/// <param name="Message">The failure message, or empty.</param>
/// <param name="Output">What the test wrote to its output (a check writes its report there, passed or not).</param>
/// <param name="Attachments">The files attached to the result.</param>
/// <param name="Started">When the test started (the order a fixture's tests ran in).</param>
public sealed record NUnitResult(
    string FullName, string Result, string? Label, string Message, string Output, IReadOnlyList<string> Attachments, DateTimeOffset Started);

/// <summary>What one run of an NUnit assembly did: its exit code, every test's result and what it printed.</summary>
/// <param name="ExitCode">The process's exit code (2 when some tests failed).</param>
/// <param name="Tests">Every test's result, from NUnit's XML.</param>
/// <param name="AssemblyOutput">What was written to the assembly suite's output (before or after all its tests).</param>
/// <param name="AssemblyFailure">The assembly suite's own failure message (its one-time set-up or tear-down), or empty.</param>
/// <param name="Console">What the runner printed.</param>
public sealed record NUnitRunResults(int ExitCode, IReadOnlyList<NUnitResult> Tests, string AssemblyOutput, string AssemblyFailure, string Console);
