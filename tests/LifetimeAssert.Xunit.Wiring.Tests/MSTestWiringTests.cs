namespace LifetimeAssert.Xunit.Wiring.Tests;

/// <summary>
/// [AssertNoLeak] has its effect, or fails saying why, in every way a test project takes in LifetimeAssert.MSTest: each
/// MSTest fixture of tests/Wiring (the same tests from MSTestShared/) is built against this run's feed and run through
/// the real MSTest runner, and each test must get its outcome.
/// </summary>
public sealed class MSTestWiringTests(WiringRun run)
{
    public static TheoryData<MSTestWiringMode> Modes() => [.. Enum.GetValues<MSTestWiringMode>()];

    [Theory, MemberData(nameof(Modes))]
    public async Task Leaking_in_a_LeakTestClass_fails_with_the_leak_report(MSTestWiringMode mode)
    {
        var result = await ResultAsync(mode, "LeakTestClassTests", "Leaking");
        Assert.True(result.Outcome == "Failed", $"{mode}: Leaking should fail but: {result.Outcome}\n{result.Output}");
        Assert.StartsWith("AssertNoLeak: 1 leak in LeakTestClassTests.Leaking", result.Message, StringComparison.Ordinal);
        Assert.Contains("Widget", result.Message, StringComparison.Ordinal);

        // The report and its chart, attached as the LeakDetectedException's result files.
        Assert.Equal(
            ["WiringFixture.LeakTestClassTests.Leaking.leak.svg", "WiringFixture.LeakTestClassTests.Leaking.leak.txt"],
            result.ResultFiles.Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task Clean_in_a_LeakTestClass_passes_after_its_check(MSTestWiringMode mode)
    {
        var result = await ResultAsync(mode, "LeakTestClassTests", "Clean");
        Assert.True(result.Outcome == "Passed", $"{mode}: Clean should pass but: {result.Outcome}\n{result.Message}");

        // A check writes its report to the test output, passed or not: the engine ran it.
        Assert.Contains("LeakTestClassTests.Clean", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.ResultFiles);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task Plain_in_a_LeakTestClass_runs_once_and_passes(MSTestWiringMode mode)
    {
        var result = await ResultAsync(mode, "LeakTestClassTests", "Plain");
        Assert.True(result.Outcome == "Passed", $"{mode}: Plain should pass but: {result.Outcome}\n{result.Message}");
        Assert.DoesNotContain("AssertNoLeak", result.Output, StringComparison.Ordinal);
    }

    // The runtime guard: the package's targets, or for a project reference the README's Import of them.
    [Theory, MemberData(nameof(Modes))]
    public async Task Checked_test_in_a_plain_TestClass_fails_naming_the_fix(MSTestWiringMode mode)
    {
        var result = await ResultAsync(mode, "PlainTestClassTests", "Checked");
        Assert.True(result.Outcome == "Failed", $"{mode}: Checked should fail but: {result.Outcome}\n{result.Output}");
        Assert.Contains("[AssertNoLeak] did not take effect on PlainTestClassTests.Checked", result.Message, StringComparison.Ordinal);
        Assert.Contains("Replace [TestClass] with [LeakTestClass] on PlainTestClassTests.", result.Message, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task Unchecked_test_in_a_plain_TestClass_passes(MSTestWiringMode mode)
    {
        var result = await ResultAsync(mode, "PlainTestClassTests", "NotChecked");
        Assert.True(result.Outcome == "Passed", $"{mode}: NotChecked should pass but: {result.Outcome}\n{result.Message}");
    }

    // The analyzer: from the LifetimeAssert package, or for a project reference the README's analyzer reference. LA0005
    // is an error; LA0005.globalconfig makes it a warning in the fixtures so that they build and the guard can be run.
    [Theory, MemberData(nameof(Modes))]
    public async Task Analyzer_reports_the_plain_TestClass_at_build_time(MSTestWiringMode mode)
    {
        var build = (await run.ResultsAsync(mode)).BuildOutput;
        Assert.True(
            build.Contains(
                "warning LA0005: MSTest runs the tests of 'PlainTestClassTests' through [TestClass], so 'Checked' would run once, unchecked: "
                + "replace [TestClass] with [LeakTestClass] on 'PlainTestClassTests'",
                StringComparison.Ordinal),
            $"{mode}: the build did not report LA0005 on PlainTestClassTests:\n{build}");
        Assert.DoesNotContain("LeakTestClassTests'", build, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task Run_exits_with_failed_tests(MSTestWiringMode mode)
    {
        var results = await run.ResultsAsync(mode);
        Assert.True(results.Run.ExitCode == 2, $"{mode}: expected exit code 2 (some tests failed), got {results.Run.ExitCode}:\n{results.Run.Console}");
        Assert.Equal(5, results.Run.Tests.Count);
    }

    private async Task<MSTestResult> ResultAsync(MSTestWiringMode mode, string testClass, string method) =>
        (await run.ResultsAsync(mode)).Single(testClass, method);
}
