using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests;

/// <summary>Runs a catalog scenario through <see cref="Leak.CheckAsync(Func{Task}, Action{LeakOptionsBuilder}?, CancellationToken)"/> and asserts its expectation.</summary>
internal static class ScenarioAssert
{
    public static async Task VerdictAsync(Scenario scenario)
    {
        var cancellation = TestContext.Current.CancellationToken;
        if (scenario.Expected == Expected.Throws)
        {
            var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => Leak.CheckAsync(scenario.Body, scenario.Options, cancellation));
            Assert.Equal(scenario.MustMention, thrown.Message);
            return;
        }

        var report = await Leak.CheckAsync(scenario.Body, scenario.Options, cancellation);
        var text = report.ToString();
        TestContext.Current.TestOutputHelper?.WriteLine(text);

        Assert.Equal(Verdict(scenario.Expected), report.Verdict);
        Assert.Contains(scenario.MustMention, text, StringComparison.Ordinal);
        if (scenario.Expected == Expected.Leak)
        {
            Assert.StartsWith("AssertNoLeak: 1 leak in ", text, StringComparison.Ordinal);
            var exception = Assert.Throws<LeakDetectedException>(report.ThrowIfLeaking);
            Assert.Equal(text, exception.Message);
        }
        else if (scenario.Expected == Expected.Pass)
        {
            report.ThrowIfLeaking();
            if (!scenario.MustMention.Contains("checks nothing", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("checks nothing", text, StringComparison.Ordinal);
            }
        }
    }

    private static LeakVerdict Verdict(Expected expected) => expected switch
    {
        Expected.Leak => LeakVerdict.Leaking,
        Expected.Inconclusive => LeakVerdict.Inconclusive,
        Expected.NothingChecked => LeakVerdict.NothingChecked,
        _ => LeakVerdict.Passed,
    };
}
