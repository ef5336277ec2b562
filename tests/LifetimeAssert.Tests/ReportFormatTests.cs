namespace LifetimeAssert.Tests;

/// <summary>Pins the report text documented in docs/report-format.md on reports built by hand.</summary>
public sealed class ReportFormatTests
{
    private static readonly string NewLine = Environment.NewLine;

    [Fact]
    public void A_leak_report_has_every_documented_line_in_order()
    {
        var leak = Probe("Session", ProbeOutcome.Leaking, [10, 12, 14, 16, 18], [2, 2, 2, 2], liveAtEnd: 19) with
        {
            Sites = [new SiteCount(new CreationSite("Cache.Add(int)", "/src/Cache.cs", 31, "lambda in Tests.Run in Tests.cs:9"), 2)],
            Path = "static Cache.Entries (List<Session>) -> Session[] -> Session",
        };
        var report = Report(
            LeakVerdict.Leaking,
            [leak.Build(), Probe("Subscriber", ProbeOutcome.Flat, [1, 1, 1, 1, 1], [0, 0, 0, 0]).Build(), Probe("timers", ProbeOutcome.ReportedOnly, [3, 3, 3, 3, 3], [0, 0, 0, 0], processWide: true).Build()],
            ["sampling was extended by 4 samples of 6 runs while a count kept growing (a bounded pool or cache stops)"],
            new OffFlowCounts(RanAlone: true, Counted: 4, Uncounted: 0));

        Assert.Equal(
            string.Join(NewLine,
                "AssertNoLeak: 1 leak in Cache.Add (warm-up 3, 4 samples x 2 runs, 33 runs in all)",
                "  Session                      grew [2, 2, 2, 2] per 2 runs   live 10 -> 19   +1/run",
                "    created at Cache.Add(int) in Cache.cs:31, called from lambda in Tests.Run in Tests.cs:9 (2 of 2 survivors)",
                "    held by  static Cache.Entries (List<Session>) -> Session[] -> Session",
                "  flat: Subscriber [0,0,0,0]",
                "  reported: timers [0,0,0,0]",
                "  off flow: 4 registered outside the test's async flow, counted (the test ran alone)",
                "  note: sampling was extended by 4 samples of 6 runs while a count kept growing (a bounded pool or cache stops)"),
            report.ToString());
    }

    [Fact]
    public void An_inconclusive_report_says_why_first()
    {
        var report = Report(LeakVerdict.Inconclusive, [Probe("Session", ProbeOutcome.Flat, [1], []).Build()], [], default, "the counts kept changing");

        Assert.Equal(
            string.Join(NewLine,
                "AssertNoLeak: inconclusive for Cache.Add (warm-up 3, 4 samples x 2 runs, 33 runs in all)",
                "  inconclusive: the counts kept changing",
                "  off flow: none registered outside the test's async flow"),
            report.ToString());
    }

    [Fact]
    public void A_report_that_checked_nothing_says_so_and_what_was_seen_off_flow()
    {
        var report = Report(
            LeakVerdict.NothingChecked,
            [Probe("RequestLog", ProbeOutcome.Flat, [0, 0, 0, 0, 0], [0, 0, 0, 0]).Build()],
            ["Track<RequestLog>: no instance was registered during the runs — this assertion checks nothing"],
            new OffFlowCounts(RanAlone: false, Counted: 0, Uncounted: 9));

        var lines = report.ToString().Split(NewLine);
        Assert.Equal("AssertNoLeak: nothing checked in Cache.Add (warm-up 3, 4 samples x 2 runs, 33 runs in all)", lines[0]);
        Assert.StartsWith("  off flow: 9 registered outside the test's async flow and not counted, because other tests may run at the same time. Run the test alone: ", lines[2], StringComparison.Ordinal);
        Assert.Equal("  note: Track<RequestLog>: no instance was registered during the runs — this assertion checks nothing", lines[3]);
    }

    [Fact]
    public void A_census_check_counts_its_heap_walks_in_the_run_line()
    {
        var report = Report(LeakVerdict.Passed, [Probe("Session", ProbeOutcome.Flat, [1, 1, 1, 1, 1], [0, 0, 0, 0]).Build()], [], default, heapWalks: 6);

        Assert.Equal("AssertNoLeak: no leak in Cache.Add (warm-up 3, 4 samples x 2 runs, 33 runs in all, 6 heap walks)", report.ToString().Split(NewLine)[0]);
        Assert.Equal(6, report.HeapWalks);
    }

    private static LeakReport Report(LeakVerdict verdict, ProbeReport[] probes, string[] notes, OffFlowCounts offFlow, string? inconclusive = null, long heapWalks = 0) =>
        new("Cache.Add", verdict, probes, notes, new RunCounts(3, 4, 2, 33, heapWalks), inconclusive, offFlow);

    private static ProbeSpec Probe(string name, ProbeOutcome outcome, long[] values, long[] deltas, long? liveAtEnd = null, bool processWide = false) =>
        new(name, outcome, values, deltas, liveAtEnd ?? values[^1], processWide, [], null);

    private sealed record ProbeSpec(string Name, ProbeOutcome Outcome, long[] Values, long[] Deltas, long LiveAtEnd, bool ProcessWide, SiteCount[] Sites, string? Path)
    {
        public ProbeReport Build() => new(
            Name, ProcessWide, Outcome, Values, Deltas, 2, Values[0], LiveAtEnd, Sites, Sites.Sum(s => s.Survivors), null, [], Path);
    }
}
