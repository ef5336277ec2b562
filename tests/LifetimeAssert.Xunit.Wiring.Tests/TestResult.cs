using System.Xml.Linq;

namespace LifetimeAssert.Xunit.Wiring.Tests;

/// <summary>One test's result as the real xUnit v3 runner reported it.</summary>
/// <param name="Type">The test class, namespace included.</param>
/// <param name="Output">What the test wrote: the check's report when it passed with notes.</param>
public sealed record TestResult(string Type, string Method, string Outcome, string? ExceptionType, string Message, string Output)
{
    /// <summary>Class and method, as in the fixture's source.</summary>
    public string Name => $"{Type[(Type.LastIndexOf('.') + 1)..]}.{Method}";

    public override string ToString() => $"{Name}: {Outcome} {ExceptionType} {Message}";

    /// <summary>Reads the results of an xUnit v3 <c>-result-xml</c> file.</summary>
    public static List<TestResult> Parse(XDocument document) =>
        document.Descendants("test").Select(test =>
        {
            var failure = test.Element("failure");
            return new TestResult(
                (string)test.Attribute("type")!,
                (string)test.Attribute("method")!,
                (string)test.Attribute("result")!,
                (string?)failure?.Attribute("exception-type"),
                Unescape(failure?.Element("message")?.Value ?? string.Empty),
                test.Element("output")?.Value ?? string.Empty);
        }).ToList();

    // xUnit's XML writer escapes quotes in messages with a backslash.
    private static string Unescape(string message) => message.Replace("\\\"", "\"", StringComparison.Ordinal);
}
