namespace LifetimeAssert.Npgsql.Tests;

/// <summary>Runs a code path under one Npgsql probe and asserts the verdict and that the report names the probe.</summary>
internal static class Checks
{
    // Small enough that a leak of one connection per run stays far below the pool's and the server's limits.
    private const int Iterations = 8;

    public static Task<LeakReport> RunAsync(Func<Task> body, Probe probe) =>
        Leak.CheckAsync(body, options => options.Iterations(Iterations).Probe(probe), TestContext.Current.CancellationToken);

    public static void AssertLeaking(LeakReport report, string probeName)
    {
        Assert.True(report.Verdict == LeakVerdict.Leaking, report.ToString());
        Assert.Equal(probeName, Assert.Single(report.Leaks).Name);
        Assert.Contains(probeName, report.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Asserts the check ended inconclusive (which fails a test) and returns why.</summary>
    public static string AssertInconclusive(LeakReport report)
    {
        Assert.True(report.Verdict == LeakVerdict.Inconclusive, report.ToString());
        Assert.Throws<LeakDetectedException>(report.ThrowIfLeaking);
        return report.InconclusiveReason!;
    }

    public static void AssertPassed(LeakReport report, string probeName)
    {
        Assert.True(report.Verdict == LeakVerdict.Passed, report.ToString());
        Assert.Contains($"{probeName} [", report.ToString(), StringComparison.Ordinal);
    }
}
