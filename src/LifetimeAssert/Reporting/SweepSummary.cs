namespace LifetimeAssert.Reporting;

/// <summary>What the sweep of one test assembly saw, for the summary at the end of the run.</summary>
/// <param name="Assembly">The test assembly's name.</param>
/// <param name="Level">The level it was swept at.</param>
/// <param name="LevelSource">Where the level came from.</param>
/// <param name="Checked">Passing tests the sweep judged (whatever it concluded).</param>
/// <param name="Leaked">Tests it failed for what they left behind (or for a fixed expected leak).</param>
/// <param name="Exempt">Tests marked <see cref="LeakSweepSkipAttribute"/>.</param>
/// <param name="Expected">Tests marked <see cref="LeakSweepExpectedAttribute"/> that leaked, as expected.</param>
/// <param name="Baselined">Tests that left behind only what the baseline lists.</param>
/// <param name="NotJudged">Tests that failed on their own: the sweep leaves their failure as it is.</param>
/// <param name="Fixtures">Fixtures (class fixtures, one-time set-ups) the sweep judged when they ended.</param>
/// <param name="Registered">Objects registered in swept tests.</param>
/// <param name="Shared">Registrations left to no test: a static initializer or a lazy singleton made them.</param>
/// <param name="NotCounted">Registrations no test counted: outside every test's flow while none ran alone, or between tests.</param>
/// <param name="Hooks">The packages whose objects were registered, and "your code".</param>
/// <param name="Leaks">Every leak found: test, type, count (what the baseline is written from).</param>
/// <param name="FixedBaselineLines">Baseline lines whose leak is gone.</param>
internal sealed record SweepSummary(
    string Assembly,
    SweepLevel Level,
    string LevelSource,
    int Checked,
    int Leaked,
    int Exempt,
    int Expected,
    int Baselined,
    int NotJudged,
    int Fixtures,
    long Registered,
    long Shared,
    long NotCounted,
    IReadOnlyList<string> Hooks,
    IReadOnlyList<Files.BaselineEntry> Leaks,
    IReadOnlyList<Files.BaselineEntry> FixedBaselineLines)
{
    /// <summary>True when tests ran and none registered anything: the sweep checked nothing, and says so loudly.</summary>
    public bool SawNothing => Checked > 0 && Registered == 0;
}
