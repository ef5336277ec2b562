namespace LifetimeAssert.Xunit.Wiring.Tests;

/// <summary>
/// [AssertNoLeak] has its effect in every way a test project takes in LifetimeAssert.Xunit: each fixture of
/// tests/Wiring runs the same tests through the real xUnit v3 runner, and each test must get its outcome.
/// </summary>
public sealed class WiringTests(WiringRun run)
{
    private const string LeakHeadline = "AssertNoLeak: 1 leak in";

    public static TheoryData<WiringMode> Modes() => [.. Enum.GetValues<WiringMode>()];

    [Theory, MemberData(nameof(Modes))]
    public async Task Leaking_fails_with_the_leak(WiringMode mode)
    {
        var result = await ResultAsync(mode, "WidgetTests", "Leaking");
        Expect.Fails(result, LeakHeadline, "Widget");
        Assert.Equal("LifetimeAssert.LeakDetectedException", result.ExceptionType);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task Clean_passes(WiringMode mode) => Expect.Passes(await ResultAsync(mode, "WidgetTests", "Clean"));

    [Theory, MemberData(nameof(Modes))]
    public async Task Plain_runs_once_and_passes(WiringMode mode) => Expect.Passes(await ResultAsync(mode, "WidgetTests", "Plain"));

    [Theory, MemberData(nameof(Modes))]
    public async Task Isolated_off_flow_leak_fails_with_the_leak(WiringMode mode) =>
        Expect.Fails(await ResultAsync(mode, "IsolatedOffFlowTests", "OffFlow_Leaking"), LeakHeadline, "Widget");

    [Theory, MemberData(nameof(Modes))]
    public async Task Isolated_off_flow_clean_passes(WiringMode mode) =>
        Expect.Passes(await ResultAsync(mode, "IsolatedOffFlowTests", "OffFlow_Clean"));

    // Only the registered framework schedules checked classes to run alone; elsewhere the check must say it saw nothing.
    [Theory, MemberData(nameof(Modes))]
    public async Task Parallel_off_flow_leak_fails_as_a_leak_or_as_unchecked(WiringMode mode)
    {
        var result = await ResultAsync(mode, "ParallelOffFlowTests", "OffFlow_Leaking");
        if (mode == WiringMode.PackageReference)
        {
            Expect.Fails(result, LeakHeadline);
        }
        else
        {
            Expect.Fails(result, "AssertNoLeak: nothing checked in", "outside the test's async flow");
        }
    }

    private async Task<ScenarioResult> ResultAsync(WiringMode mode, string testClass, string method) =>
        (await run.ResultsAsync(mode)).Single(testClass, method);
}
