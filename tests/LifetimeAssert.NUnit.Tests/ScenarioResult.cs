namespace LifetimeAssert.NUnit.Tests;

/// <summary>One test's result as the real NUnit runner reported it in its own result XML.</summary>
/// <param name="FullName">Namespace, fixture and test name, for example <c>…CatalogScenarios.Rows(2)</c>.</param>
/// <param name="Result">Passed, Failed, Skipped, …</param>
/// <param name="Label">"Error" for an exception that is not an assertion; null for an assertion failure.</param>
/// <param name="Message">The failure message, or empty.</param>
/// <param name="Output">What the test wrote to TestContext.Out.</param>
/// <param name="Attachments">The files attached to the result.</param>
public sealed record ScenarioResult(string FullName, string Result, string? Label, string Message, string Output, IReadOnlyList<string> Attachments);
