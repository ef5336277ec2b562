using LifetimeAssert.Testing.Runner;

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

    [Fact]
    public void A_leak_with_a_dump_names_it_after_off_flow_with_the_commands_that_open_it()
    {
        var dump = new HeapDump("/r/TestResults/LifetimeAssert/Tests.Cache_Add.leak.dmp", 93_323_264, ["MyApp.Session", "MyApp.Cache+Entry"]);
        var report = Report(
            LeakVerdict.Leaking,
            [Probe("Session", ProbeOutcome.Leaking, [10, 12, 14, 16, 18], [2, 2, 2, 2]).Build()],
            ["removed 1 dump of an earlier run from the results folder to keep at most 5 (LeakOptions.MaxDumpsPerFolder): Tests.Old.leak.dmp"],
            new OffFlowCounts(RanAlone: true, Counted: 0, Uncounted: 0),
            dump: dump);

        Assert.Equal(dump.Path, report.DumpPath);
        Assert.Equal(
            string.Join(NewLine,
                "AssertNoLeak: 1 leak in Cache.Add (warm-up 3, 4 samples x 2 runs, 33 runs in all)",
                "  Session                      grew [2, 2, 2, 2] per 2 runs   live 10 -> 18   +1/run",
                "    created at: no survivor recorded a creation site",
                "  off flow: none registered outside the test's async flow (the test ran alone: such objects would count)",
                "  dump: /r/TestResults/LifetimeAssert/Tests.Cache_Add.leak.dmp (89 MB, written while the leaked objects were alive)",
                "    open:   dotnet-dump analyze /r/TestResults/LifetimeAssert/Tests.Cache_Add.leak.dmp",
                "    count:  dumpheap -stat -type MyApp.Session",
                "    count:  dumpheap -stat -type MyApp.Cache+Entry",
                "    find:   dumpheap -type MyApp.Session   (the address of each instance)",
                "    holder: gcroot <address>   (the chain of references from a GC root that keeps that instance alive)",
                "    kept:   readable by this user only, not attached to the test result (AttachDumpToResult = true attaches it): it holds every secret the process had in memory",
                "  note: removed 1 dump of an earlier run from the results folder to keep at most 5 (LeakOptions.MaxDumpsPerFolder): Tests.Old.leak.dmp"),
            report.ToString());
    }

    [Fact]
    public void A_dump_attached_to_the_result_says_so()
    {
        var report = Report(
            LeakVerdict.Leaking,
            [Probe("timers", ProbeOutcome.Leaking, [1, 2, 3, 4, 5], [1, 1, 1, 1], processWide: true).Build()],
            [],
            default,
            dump: new HeapDump("/r/T.leak.dmp", 1_572_864, [], AttachToResult: true));

        Assert.Equal(
            "    kept:   readable by this user only, and attached to the test result (AttachDumpToResult): it holds every secret the process had in memory",
            report.ToString().Split(NewLine)[^1]);
    }

    [Fact]
    public void A_dump_of_a_process_wide_leak_counts_every_type_and_a_path_with_spaces_is_quoted()
    {
        var report = Report(
            LeakVerdict.Leaking,
            [Probe("timers", ProbeOutcome.Leaking, [1, 2, 3, 4, 5], [1, 1, 1, 1], processWide: true).Build()],
            [],
            default,
            dump: new HeapDump("/my results/T.leak.dmp", 1_572_864, []));

        var lines = report.ToString().Split(NewLine);
        Assert.Equal(
            [
                "  dump: '/my results/T.leak.dmp' (1.5 MB, written while the leaked objects were alive)",
                "    open:   dotnet-dump analyze '/my results/T.leak.dmp'",
                "    count:  dumpheap -stat   (live objects by type, largest total size last)",
            ],
            lines[^4..^1]);
    }

    /// <summary>
    /// Whatever the path holds, the <c>open:</c> line pasted into a POSIX shell passes it as one argument and runs nothing
    /// (before: a path with a space was put in double quotes, inside which <c>$(touch x)</c> runs).
    /// </summary>
    [Theory]
    [InlineData("/r/T(\"$(touch x)\").leak.dmp")]
    [InlineData("/r/T(`touch x`).leak.dmp")]
    [InlineData("/r/it's; touch x; 'a.leak.dmp")]
    [InlineData("/r/a b\\c $HOME *.leak.dmp")]
    [InlineData("/r/~50%d!.leak.dmp")]
    public void The_open_command_passes_any_path_to_a_shell_as_one_argument(string path)
    {
        var report = Report(
            LeakVerdict.Leaking,
            [Probe("timers", ProbeOutcome.Leaking, [1, 2, 3, 4, 5], [1, 1, 1, 1], processWide: true).Build()],
            [],
            default,
            dump: new HeapDump(path, 1, []));

        var command = DumpCommand.FromReport(report.ToString());

        Assert.True(command.FilesCreated.Count == 0, $"{command.OpenLine} created {string.Join(", ", command.FilesCreated)}");
        Assert.Equal(path, Assert.Single(command.Arguments));
        Assert.Contains($"  dump: {command.OpenLine[DumpCommand.OpenPrefix.Length..]} (", report.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/r/TestResults/LifetimeAssert/Shop.Tests.Save(2).leak.dmp", "'/r/TestResults/LifetimeAssert/Shop.Tests.Save(2).leak.dmp'")]
    [InlineData("/r/TestResults/LifetimeAssert/Shop.Tests.Save.leak.dmp", "/r/TestResults/LifetimeAssert/Shop.Tests.Save.leak.dmp")]
    [InlineData("/r/it's.leak.dmp", "'/r/it'\\''s.leak.dmp'")]
    public void A_path_is_quoted_only_when_a_shell_would_read_it_otherwise(string path, string quoted) =>
        Assert.Equal(quoted, ReportFormatter.ShellQuoted(path));

    [Fact]
    public void A_pass_with_the_defaults_says_the_slowest_leak_it_would_have_failed()
    {
        var defaults = SamplingRules.From(new LeakOptionsBuilder().Track<Uri>().Build());
        var report = new LeakReport(
            "Cache.Add",
            LeakVerdict.Passed,
            [Probe("Session", ProbeOutcome.Flat, [1, 1, 1, 1, 1, 1, 1], [0, 0, 0, 0, 0, 0]).Build()],
            [],
            new RunCounts(3, 6, 2, 15),
            null,
            default,
            null,
            null,
            defaults.Floor);

        Assert.Equal(
            string.Join(NewLine,
                "AssertNoLeak: no leak in Cache.Add (warm-up 3, 6 samples x 2 runs, 15 runs in all)",
                "  floor: a leak of 1 object every 12 runs would fail; a slower one may pass (raise Iterations to see slower ones)",
                "  flat: Session [0,0,0,0,0,0]",
                "  off flow: none registered outside the test's async flow"),
            report.ToString());
        Assert.Equal((1, 12), (report.DetectionFloor.Objects, report.DetectionFloor.Runs));
    }

    [Theory]
    [InlineData(20, 2, 0, "a leak of 1 object every 16 runs would fail; a slower one may pass (raise SampleEvery to see slower ones)")]
    [InlineData(6, 2, 1, "a leak of 1 object every 6 runs would fail; a slower one may pass (lower AllowedGrowth or raise Iterations to see slower ones)")]
    [InlineData(6, 2, 11, "a leak of 1 object every run would fail; a slower one may pass (lower AllowedGrowth or raise Iterations to see slower ones)")]
    [InlineData(6, 2, 12, "a leak of 2 objects every run would fail; a slower one may pass (lower AllowedGrowth or raise Iterations to see slower ones)")]
    public void The_floor_line_names_the_option_that_sets_it(int samples, int sampleEvery, long allowedGrowth, string line)
    {
        var floor = new SamplingRules(samples, sampleEvery, allowedGrowth).Floor;
        var report = new LeakReport("Cache.Add", LeakVerdict.Passed, [], [], new RunCounts(3, samples, sampleEvery, 15), null, default, null, null, floor);

        Assert.Equal("  floor: " + line, report.ToString().Split(NewLine)[1]);
    }

    [Theory]
    [InlineData(LeakVerdict.Leaking)]
    [InlineData(LeakVerdict.Inconclusive)]
    [InlineData(LeakVerdict.NothingChecked)]
    public void Only_a_pass_states_its_floor(LeakVerdict verdict)
    {
        var report = Report(verdict, [Probe("Session", ProbeOutcome.Flat, [1, 1, 1, 1, 1], [0, 0, 0, 0]).Build()], [], default);

        Assert.DoesNotContain("floor:", report.ToString(), StringComparison.Ordinal);
        Assert.Equal((1, 8), (report.DetectionFloor.Objects, report.DetectionFloor.Runs));
    }

    private static LeakReport Report(
        LeakVerdict verdict, ProbeReport[] probes, string[] notes, OffFlowCounts offFlow, string? inconclusive = null, HeapDump? dump = null, long heapWalks = 0) =>
        new("Cache.Add", verdict, probes, notes, new RunCounts(3, 4, 2, 33, heapWalks), inconclusive, offFlow, dump, null, new SamplingRules(4, 2, 0).Floor);

    private static ProbeSpec Probe(string name, ProbeOutcome outcome, long[] values, long[] deltas, long? liveAtEnd = null, bool processWide = false) =>
        new(name, outcome, values, deltas, liveAtEnd ?? values[^1], processWide, [], null);

    private sealed record ProbeSpec(string Name, ProbeOutcome Outcome, long[] Values, long[] Deltas, long LiveAtEnd, bool ProcessWide, SiteCount[] Sites, string? Path)
    {
        public ProbeReport Build() => new(
            Name, ProcessWide, Outcome, Values, Deltas, 2, Values[0], LiveAtEnd, Sites, Sites.Sum(s => s.Survivors), null, [], Path);
    }
}
