namespace LifetimeAssert.Tests.Reporting;

/// <summary>Pins the sweep's texts documented in docs/report-format.md ("The sweep report") on reports built by hand.</summary>
public sealed class SweepReportFormatTests
{
    private static readonly string NewLine = Environment.NewLine;

    private static readonly SweepLeak Command = new(
        "LifetimeAssert.Data.TrackedCommand", "DbCommand", "Repo.Find(int) in Repo.cs:41, called from RepoTests.Find() in RepoTests.cs:9", SweepLeakKind.NeverDisposed, 1);

    private static readonly SweepLeak Lease = new("Pool.Lease", "Lease", null, SweepLeakKind.NeverReleased, 2);

    [Fact]
    public void A_leak_names_count_type_site_and_how_each_was_left()
    {
        var report = Report(SweepOutcome.Leaked, [Command, Lease], []);

        Assert.Equal(
            string.Join(NewLine,
                "LeakSweep (dispose): RepoTests.Find left 3 objects behind",
                "  1 DbCommand created at Repo.Find(int) in Repo.cs:41, called from RepoTests.Find() in RepoTests.cs:9, never disposed",
                "  2 Lease created in the test (no frame of your code was recorded), never released"),
            report.ToString());
        Assert.False(report.Passed);
    }

    [Fact]
    public void At_the_collect_level_a_survivor_says_what_holds_it()
    {
        var session = new SweepLeak("Shop.Session", "Session", "Shop.Login() in Shop.cs:7", SweepLeakKind.StillAlive, 1);
        var report = new SweepReport(
            "ShopTests.Login", SweepLevel.Collect, new SweepDecision(SweepOutcome.Leaked, [session], [], []), null, new Dictionary<SweepLeak, string> { [session] = "static Shop.Sessions (List<Session>) -> Session[] -> Session" });

        Assert.Equal(
            string.Join(NewLine,
                "LeakSweep (collect): ShopTests.Login left 1 object behind",
                "  1 Session created at Shop.Login() in Shop.cs:7, still alive after the test",
                "    held by  static Shop.Sessions (List<Session>) -> Session[] -> Session"),
            report.ToString());
    }

    [Fact]
    public void A_baselined_leak_is_reported_not_failed_and_a_fixed_line_says_to_go()
    {
        var report = Report(SweepOutcome.Baselined, [], [Command], ["Pool.Lease"]);

        Assert.Equal(
            string.Join(NewLine,
                "LeakSweep (dispose): RepoTests.Find left 1 object behind, as the baseline lists (not failed)",
                "  1 DbCommand created at Repo.Find(int) in Repo.cs:41, called from RepoTests.Find() in RepoTests.cs:9, never disposed",
                "  note: the baseline lists Pool.Lease for this test, which it no longer leaves behind: remove its line from lifetimeassert.baseline.json"),
            report.ToString());
        Assert.True(report.Passed);
    }

    [Fact]
    public void An_expected_leak_passes_and_once_fixed_fails_saying_to_remove_the_marker()
    {
        var expected = Report(SweepOutcome.ExpectedLeak, [Command], [], reason: "issue 12");
        var fixedOne = Report(SweepOutcome.ExpectedButClean, [], [], reason: "issue 12");

        Assert.StartsWith("LeakSweep (dispose): RepoTests.Find left 1 object behind, as [LeakSweepExpected] says (not failed): issue 12" + NewLine, expected.ToString(), StringComparison.Ordinal);
        Assert.True(expected.Passed);
        Assert.Equal(
            "LeakSweep (dispose): RepoTests.Find is marked [LeakSweepExpected(\"issue 12\")] but left nothing behind: the leak is fixed, remove the marker",
            fixedOne.ToString());
        Assert.False(fixedOne.Passed);
    }

    [Fact]
    public void The_summary_counts_every_kind_of_test_and_object()
    {
        var summary = Summary(registered: 40) with { FixedBaselineLines = [new BaselineEntry("RepoTests.Old", "Pool.Lease", 1)] };

        Assert.Equal(
            string.Join(NewLine,
                "LifetimeAssert sweep of Shop.Tests (dispose, [assembly: LeakSweep]): 12 tests checked, 1 leaked, 2 exempt, 0 expected, 1 baselined, 3 failed on their own, 1 fixtures checked; 40 objects registered (by LifetimeAssert.Data), 2 left to no test (static or lazy singletons), 5 registered outside every test's flow and not counted",
                "  baseline: RepoTests.Old no longer leaks Pool.Lease: remove its line"),
            SweepSummaryText.Text(summary));
    }

    [Fact]
    public void A_run_that_registered_nothing_says_so_first_and_loudly()
    {
        var text = SweepSummaryText.Text(Summary(registered: 0));

        Assert.StartsWith("LifetimeAssert sweep of Shop.Tests: NOTHING WAS CHECKED — 12 tests ran and none registered an object.", text, StringComparison.Ordinal);
        Assert.Contains("> **Nothing was checked**", SweepSummaryText.Markdown(Summary(registered: 0)), StringComparison.Ordinal);
        Assert.DoesNotContain("NOTHING", SweepSummaryText.Text(Summary(registered: 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_banner_names_level_source_and_hooks()
    {
        Assert.Equal(
            "LifetimeAssert sweep of Shop.Tests: collect level (LIFETIMEASSERT_SWEEP=collect); hooks loaded: LifetimeAssert.Data, LifetimeAssert.EntityFrameworkCore",
            SweepSummaryText.Banner("Shop.Tests", SweepLevel.Collect, "LIFETIMEASSERT_SWEEP=collect", ["LifetimeAssert.Data", "LifetimeAssert.EntityFrameworkCore"]));
        Assert.EndsWith("hooks loaded: none yet (a hook package loads when first used)", SweepSummaryText.Banner("Shop.Tests", SweepLevel.Dispose, "[assembly: LeakSweep]", []), StringComparison.Ordinal);
    }

    private static SweepReport Report(SweepOutcome outcome, SweepLeak[] newLeaks, SweepLeak[] baselined, string[]? fixedTypes = null, string? reason = null) =>
        new("RepoTests.Find", SweepLevel.Dispose, new SweepDecision(outcome, newLeaks, baselined, fixedTypes ?? []), reason, new Dictionary<SweepLeak, string>());

    private static SweepSummary Summary(long registered) => new(
        "Shop.Tests", SweepLevel.Dispose, "[assembly: LeakSweep]", Checked: 12, Leaked: 1, Exempt: 2, Expected: 0, Baselined: 1, NotJudged: 3, Fixtures: 1,
        registered, Shared: 2, NotCounted: 5, registered > 0 ? ["LifetimeAssert.Data"] : [], [], []);
}
