using System.Reflection;
using LifetimeAssert.Adapters;
using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests;

/// <summary>
/// SaveDumpOnLeak in the engine, with a stand-in writer (the real one is in LifetimeAssert.HeapCensus and is tested
/// there on real dumps): when a dump is written, where it goes, the limits, and that a failed dump never changes the
/// verdict. One class, so its tests (which set the engine's static seams) run one at a time.
/// </summary>
public sealed class HeapDumpTests : IDisposable
{
    private readonly FakeWriter _writer = new();

    public HeapDumpTests()
    {
        HeapDumps.ResetCount();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private EngineServices Services => new(null, null, _writer, null);

    /// <summary>A leak check as <see cref="Leak.CheckAsync(Action, Action{LeakOptionsBuilder}?, CancellationToken)"/> runs it, with the fake dump writer.</summary>
    private Task<LeakReport> CheckAsync(Action body, Action<LeakOptionsBuilder> configure, CancellationToken cancellationToken)
    {
        var builder = new LeakOptionsBuilder();
        configure(builder);
        var options = builder.Build(Services);
        return new LeakCheck(options).RunAsync(CheckBody.From(body), CheckContext.ForCode(options.Name ?? "HeapDumpTests", Services), cancellationToken);
    }

    public void Dispose()
    {
        HeapDumps.MaxDumps = LeakOptions.MaxDumpsPerProcess;
        HeapDumps.MaxBytes = LeakOptions.MaxDumpMegabytes * 1024L * 1024;
        HeapDumps.ResetCount();
        foreach (var path in _writer.Paths)
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_leak_writes_a_dump_beside_the_report_files_and_the_report_says_how_to_open_it()
    {
        var report = await CheckAsync(Code.StaticList.Leaking, o => o.Track<Session>().Name("Dumps.Leaking").SaveDumpOnLeak(), Ct);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        var path = Assert.Single(_writer.Paths);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "TestResults", "LifetimeAssert", "Dumps.Leaking.leak.dmp"), path);
        Assert.Equal(path, report.DumpPath);
        Assert.True(_writer.ChecksRunningWhenWritten > 0, "the dump must be written inside the check, before it releases anything");
        var text = report.ToString();
        Assert.Contains($"  dump: {path} (0 MB, written while the leaked objects were alive)", text, StringComparison.Ordinal);
        Assert.Contains($"    open:   dotnet-dump analyze {path}", text, StringComparison.Ordinal);
        Assert.Contains("    count:  dumpheap -stat -type LifetimeAssert.Scenarios.Session", text, StringComparison.Ordinal);
        Assert.Contains("    find:   dumpheap -type LifetimeAssert.Scenarios.Session", text, StringComparison.Ordinal);
        Assert.Contains("    holder: gcroot <address>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_passing_check_writes_no_dump()
    {
        var report = await CheckAsync(Code.StaticList.Clean, o => o.Track<Session>().SaveDumpOnLeak(), Ct);

        Assert.Equal(LeakVerdict.Passed, report.Verdict);
        Assert.Empty(_writer.Paths);
        Assert.Null(report.DumpPath);
        Assert.DoesNotContain("dump", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_SaveDumpOnLeak_a_leak_writes_no_dump()
    {
        var report = await CheckAsync(Code.StaticList.Leaking, o => o.Track<Session>(), Ct);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Empty(_writer.Paths);
        Assert.Null(report.DumpPath);
    }

    [Fact]
    public async Task After_the_count_limit_a_leak_is_reported_without_a_dump_and_says_so()
    {
        HeapDumps.MaxDumps = 2;

        var reports = new List<LeakReport>();
        for (var i = 0; i < 3; i++)
        {
            reports.Add(await CheckAsync(Code.StaticList.Leaking, o => o.Track<Session>().Name($"Dumps.Limit{i}").SaveDumpOnLeak(), Ct));
        }

        Assert.All(reports, r => Assert.Equal(LeakVerdict.Leaking, r.Verdict));
        Assert.Equal(2, _writer.Paths.Count);
        Assert.NotNull(reports[1].DumpPath);
        Assert.Null(reports[2].DumpPath);
        Assert.Contains(
            "  note: dump skipped: 2 already written in this process run (at most 2, LeakOptions.MaxDumpsPerProcess)",
            reports[2].ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dump_over_the_size_limit_is_deleted_and_the_report_says_so()
    {
        HeapDumps.MaxBytes = 1024L * 1024 * 1024;
        _writer.Bytes = HeapDumps.MaxBytes + 1;   // a sparse file: nothing is written to the disk

        var report = await CheckAsync(Code.StaticList.Leaking, o => o.Track<Session>().Name("Dumps.TooBig").SaveDumpOnLeak(), Ct);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Null(report.DumpPath);
        Assert.False(File.Exists(Assert.Single(_writer.Paths)));
        Assert.Contains(
            "dump deleted: it was 1024 MB, over the limit of 1024 MB (LeakOptions.MaxDumpMegabytes); reproduce the leak in a smaller test, or take one with dotnet-dump collect",
            report.Notes);
        Assert.Equal(0, HeapDumps.Written);
    }

    [Fact]
    public async Task A_heap_larger_than_the_size_limit_is_not_dumped_at_all()
    {
        HeapDumps.MaxBytes = 1;

        var report = await CheckAsync(Code.StaticList.Leaking, o => o.Track<Session>().SaveDumpOnLeak(), Ct);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Empty(_writer.Paths);
        Assert.Single(report.Notes, n => n.StartsWith("dump not written: the managed heap alone is ", StringComparison.Ordinal)
            && n.Contains("over the limit of 0 MB for a dump (LeakOptions.MaxDumpMegabytes)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_dump_that_cannot_be_written_is_a_note_and_the_verdict_stands()
    {
        _writer.Failure = "DOTNET_EnableDiagnostics=0 turns off the runtime's diagnostics server, which writes the dump";

        var report = await CheckAsync(Code.StaticList.Leaking, o => o.Track<Session>().SaveDumpOnLeak(), Ct);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Null(report.DumpPath);
        Assert.Contains(
            "  note: dump not written: DOTNET_EnableDiagnostics=0 turns off the runtime's diagnostics server, which writes the dump",
            report.ToString(),
            StringComparison.Ordinal);
        Assert.Equal(0, HeapDumps.Written);
    }

    [Fact]
    public void SaveDumpOnLeak_without_the_census_package_is_refused_before_anything_runs()
    {
        var error = Assert.Throws<LeakConfigurationException>(() => new LeakOptionsBuilder().Track<Session>().SaveDumpOnLeak().Build(EngineServices.None));

        Assert.Equal(
            ["SaveDumpOnLeak needs the dump writer, which is in the LifetimeAssert.HeapCensus package: add "
                + "<PackageReference Include=\"LifetimeAssert.HeapCensus\" /> to the test project, or remove SaveDumpOnLeak."],
            error.Errors);
        Assert.False(new LeakOptionsBuilder().Track<Session>().SaveDumpOnLeak(false).Build(EngineServices.None).SaveDumpOnLeak);
    }

    [Fact]
    public void The_attribute_sets_it_and_the_nearest_level_wins()
    {
        Assert.True(Options(nameof(DumpingClass.Inherits)).SaveDumpOnLeak);
        Assert.False(Options(nameof(DumpingClass.OptsOut)).SaveDumpOnLeak);
        Assert.False(new DumpAttribute().SaveDumpOnLeak);

        LeakOptions Options(string name) =>
            ((LeakCheck)CheckKinds.Leak.Create(typeof(DumpingClass).GetMethod(name)!, typeof(DumpingClass), null, "S", true, Services)).Options;
    }

    [Fact]
    public async Task The_dump_takes_the_name_the_adapter_gives_the_tests_files()
    {
        var options = new LeakOptionsBuilder().Track<Session>().SaveDumpOnLeak().Build(Services);
        var context = new CheckContext("DumpingClass.Inherits(1)", "Ns.DumpingClass.Inherits(1)", [], null, Services);

        var report = await new LeakCheck(options).RunAsync(CheckBody.From(Code.StaticList.Leaking), context, Ct);

        Assert.Equal(ResultFiles.PathFor("Ns.DumpingClass.Inherits(1)", ".leak.dmp"), report.DumpPath);
    }

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
    private sealed class DumpAttribute : LeakCheckAttribute;

    [Dump(SaveDumpOnLeak = true, Track = [typeof(Session)])]
    private sealed class DumpingClass
    {
        public void Inherits()
        {
        }

        [Dump(SaveDumpOnLeak = false)]
        public void OptsOut()
        {
        }
    }

    /// <summary>Writes a small file instead of a dump, and notes whether a check was still running at that moment.</summary>
    private sealed class FakeWriter : IHeapDumpWriter
    {
        public List<string> Paths { get; } = [];

        public long Bytes { get; set; } = 16;

        public string? Failure { get; set; }

        public int ChecksRunningWhenWritten { get; private set; }

        public void WriteHeapDump(string path)
        {
            Paths.Add(path);
            if (Failure is not null)
            {
                throw new InvalidOperationException(Failure);
            }

            ChecksRunningWhenWritten = ActiveChecks.Count;
            using var file = File.Create(path);
            file.SetLength(Bytes);
        }
    }
}
