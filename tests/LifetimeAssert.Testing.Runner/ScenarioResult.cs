namespace LifetimeAssert.Testing.Runner;

/// <summary>One test's result as the real xUnit v3 runner reported it.</summary>
/// <param name="Method">The test method's name.</param>
/// <param name="Name">The test's display name (class and method, with arguments for a theory row).</param>
/// <param name="Outcome"><c>Pass</c>, <c>Fail</c> or <c>Skip</c>.</param>
/// <param name="ExceptionType">The full name of the exception that failed the test, if it failed.</param>
/// <param name="Message">The failure message, or empty.</param>
/// <param name="Attachments">The names of the attachments added to the result.</param>
/// <param name="Output">What the test wrote to its output (a leak check writes its report there, passed or not).</param>
/// <param name="Seconds">The duration the runner reported for the test.</param>
public sealed record ScenarioResult(
    string Method, string Name, string Outcome, string? ExceptionType, string Message, IReadOnlyList<string> Attachments, string Output, decimal Seconds);
