namespace LifetimeAssert.HeapCensus.Tests;

/// <summary>Runs a body under a census and asserts verdicts with the report as the failure message.</summary>
internal static class Checks
{
    private const string HeldBy = "    held by  ";
    private const string OwnerLine = "      ";

    // Each sample costs a heap snapshot per settle round: few samples keep a check to a few seconds.
    public static Task<LeakReport> RunAsync(Action body, Action<LeakOptionsBuilder> configure) =>
        Leak.CheckAsync(body, options => configure(options.Warmup(2).Iterations(6)), TestContext.Current.CancellationToken);

    public static Task<LeakReport> RunAsync(Func<Task> body, Action<LeakOptionsBuilder> configure) =>
        Leak.CheckAsync(body, options => configure(options.Warmup(2).Iterations(6)), TestContext.Current.CancellationToken);

    public static string AssertLeaking(LeakReport report, string probeName)
    {
        var text = report.ToString();
        Assert.True(report.Verdict == LeakVerdict.Leaking, text);
        Assert.Equal(probeName, Assert.Single(report.Leaks).Name);
        return text;
    }

    public static void AssertPassed(LeakReport report)
    {
        Assert.True(report.Verdict == LeakVerdict.Passed, report.ToString());
        Assert.DoesNotContain("held by", report.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Asserts the report's retention line (under the leak line) starts with, or contains, the expected text.</summary>
    public static void AssertHeldBy(string report, string expected, bool atStart = false)
    {
        var line = report.Split('\n').Select(l => l.TrimEnd('\r')).SingleOrDefault(l => l.StartsWith(HeldBy, StringComparison.Ordinal));
        var found = line is not null && (atStart ? line[HeldBy.Length..].StartsWith(expected, StringComparison.Ordinal) : line.Contains(expected, StringComparison.Ordinal));
        Assert.True(found, $"Expected a retention path with \"{expected}\" in:{Environment.NewLine}{report}");
    }

    /// <summary>Asserts the report has this line under its retention path (indented by six spaces), exactly.</summary>
    public static void AssertOwnerLine(string report, string expected) =>
        Assert.True(
            report.Split('\n').Select(l => l.TrimEnd('\r')).Contains(OwnerLine + expected),
            $"Expected the line \"{OwnerLine}{expected}\" in:{Environment.NewLine}{report}");

    /// <summary>Asserts a line matches the pattern, anchored at both ends.</summary>
    public static void AssertLine(string report, string pattern) =>
        Assert.Matches($@"(?m)^{pattern}\r?$", report);
}
