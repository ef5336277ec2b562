namespace LifetimeAssert.Xunit.Tests;

/// <summary>
/// A hung check must not poison the checks after it (issue 19, part 3): under the real xUnit v3 runner, a test whose
/// body never returns times out after 1 s (in the check's runs, or in xUnit's own run before the check), then a test
/// that runs alone and leaks objects created outside its flow is a leak naming the type, and its clean twin passes.
/// Each case is a run of its own of the scenario class, in the order of its method names.
/// </summary>
public sealed class HungCheckTests
{
    [Theory]
    [InlineData("A_Hung_InTheCheck")]
    [InlineData("B_Hung_InTheFirstRun")]
    public async Task A_test_that_times_out_leaves_the_verdicts_of_later_tests_as_they_are(string hung)
    {
        var run = XunitScenarioRun.For(
            ScenarioAssembly.PathRecordedIn(typeof(HungCheckTests).Assembly),
            [.. new[] { hung, "C_AfterHung_OffFlow_Leaking", "D_AfterHung_OffFlow_Clean" }.SelectMany(m => new[] { "-method", "LifetimeAssert.Xunit.Scenarios.HungScenarios." + m })],
            new Dictionary<string, string?>());

        var timedOut = await run.SingleAsync(hung);
        Assert.Equal("Fail", timedOut.Outcome);
        Assert.Contains("Test execution timed out after 1000 milliseconds", timedOut.Message, StringComparison.Ordinal);

        var leaking = await run.SingleAsync("C_AfterHung_OffFlow_Leaking");
        Assert.Equal("Fail", leaking.Outcome);
        Assert.Equal(typeof(LeakDetectedException).FullName, leaking.ExceptionType);
        Assert.Contains("AssertNoLeak: 1 leak in HungScenarios.C_AfterHung_OffFlow_Leaking", leaking.Message, StringComparison.Ordinal);
        Assert.Contains("Session ", leaking.Message, StringComparison.Ordinal);
        Assert.Contains("counted (the test ran alone)", leaking.Message, StringComparison.Ordinal);

        var clean = await run.SingleAsync("D_AfterHung_OffFlow_Clean");
        Assert.True(clean.Outcome == "Pass", $"{clean.Name} should pass but: {clean.Message}");
        Assert.DoesNotContain("not counted", clean.Output, StringComparison.Ordinal);
    }
}
