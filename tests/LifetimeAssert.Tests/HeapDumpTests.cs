using System.Reflection;
using System.Runtime.Versioning;
using System.Text;
using System.Text.RegularExpressions;
using LifetimeAssert.Adapters;
using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests;

/// <summary>
/// SaveDumpOnLeak in the engine, with a stand-in writer (the real one is in LifetimeAssert.HeapCensus and is tested
/// there on real dumps): when a dump is written, where it goes and under what name, who may read it, the limits (per
/// results folder, size, free space), and that a failed dump never changes the verdict. Each test writes to a results
/// folder of its own; one class, so its tests (which set the engine's static seams) run one at a time.
/// </summary>
public sealed class HeapDumpTests : IDisposable
{
    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly FakeWriter _writer = new();
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"lifetimeassert-dumps-{Guid.NewGuid():N}");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private EngineServices Services => new(null, null, _writer, null);

    /// <summary>This test's results folder: <c>TestResults/LifetimeAssert</c> under a temporary folder of its own.</summary>
    private string Folder => Path.Combine(_root, "TestResults", "LifetimeAssert");

    public void Dispose()
    {
        HeapDumps.MaxDumps = LeakOptions.MaxDumpsPerFolder;
        HeapDumps.MaxBytes = LeakOptions.MaxDumpMegabytes * 1024L * 1024;
        HeapDumps.FreeSpaceMargin = HeapDumps.FreeSpaceNeeded;
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task A_leak_writes_a_dump_beside_the_report_files_and_the_report_says_how_to_open_it()
    {
        var report = await CheckAsync("Dumps.Leaking", o => o.SaveDumpOnLeak());

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        var path = Assert.Single(_writer.Paths);
        Assert.Equal(Path.Combine(Folder, "Dumps.Leaking.leak.dmp"), path);
        Assert.Equal(path, report.DumpPath);
        Assert.True(_writer.ChecksRunningWhenWritten > 0, "the dump must be written inside the check, before it releases anything");
        var text = report.ToString();
        Assert.Contains($"  dump: {path} (0 MB, written while the leaked objects were alive)", text, StringComparison.Ordinal);
        Assert.Contains($"    open:   dotnet-dump analyze {path}", text, StringComparison.Ordinal);
        Assert.Contains("    count:  dumpheap -stat -type LifetimeAssert.Scenarios.Session", text, StringComparison.Ordinal);
        Assert.Contains("    find:   dumpheap -type LifetimeAssert.Scenarios.Session", text, StringComparison.Ordinal);
        Assert.Contains("    holder: gcroot <address>", text, StringComparison.Ordinal);
        Assert.Contains(
            "    kept:   readable by this user only, not attached to the test result (AttachDumpToResult = true attaches it): it holds every secret the process had in memory",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_passing_check_writes_no_dump()
    {
        var report = await CheckAsync("Dumps.Clean", o => o.SaveDumpOnLeak(), Code.StaticList.Clean);

        Assert.Equal(LeakVerdict.Passed, report.Verdict);
        Assert.Empty(_writer.Paths);
        Assert.Null(report.DumpPath);
        Assert.DoesNotContain("dump", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_SaveDumpOnLeak_a_leak_writes_no_dump()
    {
        var report = await CheckAsync("Dumps.NotAsked", _ => { });

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Empty(_writer.Paths);
        Assert.Null(report.DumpPath);
    }

    /// <summary>The folder a dump goes to and the dump are readable by the current user only, also when the folder existed with the default mode.</summary>
    [Fact]
    public async Task The_folder_and_the_dump_are_readable_by_this_user_only()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes; on Windows the folder gets an access list (ResultFiles.EnsureFolder)");
        }
        else
        {
            AssertReadableByThisUserOnly(await OpenFolderLeak());
        }
    }

    /// <summary>
    /// A name holding <c>%</c>: the runtime's dump writer would read <c>%d</c> as the process id and write the dump elsewhere
    /// (the report then said it was missing, and a dump of 216 MB was left behind, never counted). The writer here
    /// expands the template as createdump does: the path it gets holds no <c>%</c> in its name, and the reported path is
    /// the file written.
    /// </summary>
    [Fact]
    public async Task A_percent_sign_never_reaches_the_writer_and_the_reported_path_is_the_written_file()
    {
        _writer.ExpandsTemplates = true;

        var report = await CheckAsync("Dumps.Rows(\"50%d %p\")", o => o.SaveDumpOnLeak());

        var path = Assert.Single(_writer.Paths);
        Assert.DoesNotContain('%', Path.GetFileName(path));
        Assert.Equal(path, report.DumpPath);
        Assert.True(File.Exists(path), report.ToString());
        Assert.Equal([path], Directory.GetFiles(Folder, "*.dmp"));
    }

    [Fact]
    public async Task Names_that_sanitize_alike_get_dumps_of_their_own()
    {
        var slashed = await CheckAsync("Dumps.Rows(\"a/b\")", o => o.SaveDumpOnLeak());
        var plain = await CheckAsync("Dumps.Rows(\"ab\")", o => o.SaveDumpOnLeak());

        Assert.NotEqual(slashed.DumpPath, plain.DumpPath);
        Assert.True(File.Exists(slashed.DumpPath) && File.Exists(plain.DumpPath), $"{slashed.DumpPath}, {plain.DumpPath}");
    }

    /// <summary>A row's dump never deletes another row's, even when their names are the same (MSTest rows of arrays, xUnit's cut arguments).</summary>
    [Fact]
    public async Task The_same_name_twice_keeps_both_dumps()
    {
        var first = await CheckAsync("Dumps.Rows(System.Int32[])", o => o.SaveDumpOnLeak());
        var second = await CheckAsync("Dumps.Rows(System.Int32[])", o => o.SaveDumpOnLeak());

        Assert.Equal(Path.Combine(Folder, ResultFiles.NameOf("Dumps.Rows(System.Int32[])") + "-2.leak.dmp"), second.DumpPath);
        Assert.True(File.Exists(first.DumpPath) && File.Exists(second.DumpPath), $"{first.DumpPath}, {second.DumpPath}");
    }

    [Fact]
    public async Task A_300_character_name_gets_its_dump_under_a_name_every_file_system_takes()
    {
        var name = "Dumps.Rows(\"" + HostileRows.Long + "\")";

        var report = await CheckAsync(name, o => o.SaveDumpOnLeak());

        Assert.True(report.DumpPath is not null, report.ToString());
        var file = Path.GetFileName(report.DumpPath);
        Assert.InRange(Encoding.UTF8.GetByteCount(file), 1, 255);
        Assert.StartsWith("Dumps.Rows(_abcdefghij-", file, StringComparison.Ordinal);
    }

    /// <summary>The cap counts the dumps in the results folder, from every run: dumps of earlier runs make room, oldest first.</summary>
    [Fact]
    public async Task At_the_cap_the_oldest_dump_of_an_earlier_run_is_removed()
    {
        var earlier = Enumerable.Range(1, LeakOptions.MaxDumpsPerFolder).Select(days => Plant($"Earlier.Day{days}.leak.dmp", DateTime.UtcNow.AddDays(-days))).ToList();

        var report = await CheckAsync("Dumps.AtTheCap", o => o.SaveDumpOnLeak());

        Assert.True(File.Exists(report.DumpPath), report.ToString());
        Assert.Equal(
            earlier.SkipLast(1).Append(report.DumpPath).Order(StringComparer.Ordinal),
            Directory.GetFiles(Folder, "*.leak.dmp").Order(StringComparer.Ordinal));
        Assert.Contains(
            "removed 1 dump of an earlier run from the results folder to keep at most 5 (LeakOptions.MaxDumpsPerFolder): Earlier.Day5.leak.dmp",
            report.Notes);
    }

    /// <summary>Dumps of this run (of this process or another one started before it) are never removed: a later leak goes without one.</summary>
    [Fact]
    public async Task When_dumps_of_this_run_fill_the_folder_a_leak_is_reported_without_a_dump_and_says_so()
    {
        HeapDumps.MaxDumps = 3;
        var earlier = Plant("Earlier.leak.dmp", DateTime.UtcNow.AddDays(-1));
        Plant("OtherProcess.leak.dmp", DateTime.UtcNow);

        var reports = new List<LeakReport>();
        for (var i = 0; i < 3; i++)
        {
            reports.Add(await CheckAsync($"Dumps.Limit{i}", o => o.SaveDumpOnLeak()));
        }

        Assert.All(reports, r => Assert.Equal(LeakVerdict.Leaking, r.Verdict));
        Assert.NotNull(reports[1].DumpPath);
        Assert.Null(reports[2].DumpPath);
        Assert.False(File.Exists(earlier));
        Assert.Equal(3, Directory.GetFiles(Folder, "*.leak.dmp").Length);
        Assert.Contains(
            $"  note: dump skipped: {Folder} already holds 3 dumps written during this run (at most 3, LeakOptions.MaxDumpsPerFolder); "
                + "dumps of earlier runs make room, those of this run are kept until you delete them",
            reports[2].ToString(),
            StringComparison.Ordinal);
    }

    /// <summary>Free space is checked before writing: below the margin (a seam here, rather than a full disk) nothing is written.</summary>
    [Fact]
    public async Task A_disk_short_of_space_gets_no_dump_and_the_report_says_so()
    {
        HeapDumps.FreeSpaceMargin = _ => 1L << 50;

        var report = await CheckAsync("Dumps.NoSpace", o => o.SaveDumpOnLeak());

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Empty(_writer.Paths);
        Assert.Null(report.DumpPath);
        var note = Assert.Single(report.Notes, n => n.StartsWith("dump not written: ", StringComparison.Ordinal));
        Assert.Matches(
            "^dump not written: [0-9.]+ (MB|GB) free on the disk of " + Regex.Escape(Folder)
                + @", less than the 1048576 GB a dump needs \(3 x the managed heap \+ 1 GB, so that a dump never takes the last of the disk\)$",
            note);
    }

    [Fact]
    public void The_free_space_a_dump_needs_is_three_times_the_heap_and_a_gigabyte()
    {
        Assert.Equal((3 * 100L * 1024 * 1024) + (1024L * 1024 * 1024), HeapDumps.FreeSpaceNeeded(100L * 1024 * 1024));
    }

    [Fact]
    public async Task A_dump_over_the_size_limit_is_deleted_and_the_report_says_so()
    {
        HeapDumps.MaxBytes = 1024L * 1024 * 1024;
        _writer.Bytes = HeapDumps.MaxBytes + 1;   // a sparse file: nothing is written to the disk

        var report = await CheckAsync("Dumps.TooBig", o => o.SaveDumpOnLeak());

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Null(report.DumpPath);
        Assert.False(File.Exists(Assert.Single(_writer.Paths)));
        Assert.Contains(
            "dump deleted: it was 1024 MB, over the limit of 1024 MB (LeakOptions.MaxDumpMegabytes); reproduce the leak in a smaller test, or take one with dotnet-dump collect",
            report.Notes);
    }

    [Fact]
    public async Task A_heap_larger_than_the_size_limit_is_not_dumped_at_all()
    {
        HeapDumps.MaxBytes = 1;

        var report = await CheckAsync("Dumps.HeapTooBig", o => o.SaveDumpOnLeak());

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Empty(_writer.Paths);
        Assert.Single(report.Notes, n => n.StartsWith("dump not written: the managed heap alone is ", StringComparison.Ordinal)
            && n.Contains("over the limit of 0 MB for a dump (LeakOptions.MaxDumpMegabytes)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_dump_that_cannot_be_written_is_a_note_and_the_verdict_stands()
    {
        _writer.Failure = "DOTNET_EnableDiagnostics=0 turns off the runtime's diagnostics server, which writes the dump";

        var report = await CheckAsync("Dumps.Failing", o => o.SaveDumpOnLeak());

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Null(report.DumpPath);
        Assert.Contains(
            "  note: dump not written: DOTNET_EnableDiagnostics=0 turns off the runtime's diagnostics server, which writes the dump",
            report.ToString(),
            StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Folder));
    }

    /// <summary>
    /// The results folder cannot be created (here a file stands where a folder of its path should be): no dump, no report
    /// file, each said in a note of the report — and of the failure the adapter throws — and the verdict stands.
    /// </summary>
    [Fact]
    public async Task Files_that_cannot_be_written_leave_the_verdict_and_the_report_and_say_so()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "TestResults"), "a file where the results folder's parent should be");

        var report = await CheckAsync("Dumps.Unwritable", o => o.SaveDumpOnLeak());
        IReadOnlyList<ReportFile> files;
        using (ResultFiles.UseFolder(Folder))
        {
            files = report.WriteFiles("Dumps.Unwritable");
        }

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Empty(files);
        Assert.Empty(_writer.Paths);
        var failure = report.CreateFailure().Message;
        Assert.StartsWith("AssertNoLeak: 1 leak in Dumps.Unwritable", failure, StringComparison.Ordinal);
        Assert.Contains("  note: dump not written: ", failure, StringComparison.Ordinal);
        Assert.Contains($"  note: file not written: {Path.Combine(Folder, "Dumps.Unwritable.leak.txt")} (LifetimeAssert leak report): ", failure, StringComparison.Ordinal);
        Assert.Contains($"  note: file not written: {Path.Combine(Folder, "Dumps.Unwritable.leak.svg")} (LifetimeAssert chart of every probe's counts): ", failure, StringComparison.Ordinal);
    }

    /// <summary>The report and its chart take the dump's name; the dump is attached only when the options ask for it.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_dump_is_attached_to_the_result_only_when_asked(bool attach)
    {
        var report = await CheckAsync("Dumps.Attach(\"a b\")", o => o.SaveDumpOnLeak().AttachDumpToResult(attach));
        IReadOnlyList<ReportFile> files;
        using (ResultFiles.UseFolder(Folder))
        {
            files = report.WriteFiles("Dumps.Attach(\"a b\")");
        }

        var name = ResultFiles.NameOf("Dumps.Attach(\"a b\")");
        var expected = new[] { name + ".leak.txt", name + ".leak.svg" }.Concat(attach ? [name + ".leak.dmp"] : []);
        Assert.Equal(expected, files.Select(f => Path.GetFileName(f.Path)));
        Assert.Equal(attach, files.Any(f => f is { Name: "lifetimeassert-dump", IsLarge: true }));
        Assert.Contains(attach ? "and attached to the test result (AttachDumpToResult)" : "not attached to the test result", report.ToString(), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            AssertReadableByThisUserOnly(Folder);
        }
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
    public void The_attribute_sets_them_and_the_nearest_level_wins()
    {
        Assert.True(Options(nameof(DumpingClass.Inherits)).SaveDumpOnLeak);
        Assert.False(Options(nameof(DumpingClass.Inherits)).AttachDumpToResult);
        Assert.False(Options(nameof(DumpingClass.OptsOut)).SaveDumpOnLeak);
        Assert.True(Options(nameof(DumpingClass.Attaches)).AttachDumpToResult);
        Assert.False(new DumpAttribute().SaveDumpOnLeak);
        Assert.False(new DumpAttribute().AttachDumpToResult);
        Assert.False(new LeakOptionsBuilder().Track<Session>().Build(Services).AttachDumpToResult);

        LeakOptions Options(string name) =>
            ((LeakCheck)CheckKinds.Leak.Create(typeof(DumpingClass).GetMethod(name)!, typeof(DumpingClass), null, "S", true, Services)).Options;
    }

    [Fact]
    public async Task The_dump_takes_the_name_the_adapter_gives_the_tests_files()
    {
        var options = new LeakOptionsBuilder().Track<Session>().SaveDumpOnLeak().Build(Services);
        var context = new CheckContext("DumpingClass.Inherits(1)", "Ns.DumpingClass.Inherits(1)", [], null, Services);

        LeakReport report;
        using (ResultFiles.UseFolder(Folder))
        {
            report = await new LeakCheck(options).RunAsync(CheckBody.From(Code.StaticList.Leaking), context, Ct);
        }

        Assert.Equal(Path.Combine(Folder, "Ns.DumpingClass.Inherits(1).leak.dmp"), report.DumpPath);
    }

    /// <summary>A leak check as <see cref="Leak.CheckAsync(Action, Action{LeakOptionsBuilder}?, CancellationToken)"/> runs it, with the fake dump writer, in this test's folder.</summary>
    private async Task<LeakReport> CheckAsync(string name, Action<LeakOptionsBuilder> configure, Action? body = null)
    {
        var builder = new LeakOptionsBuilder().Track<Session>().Name(name);
        configure(builder);
        var options = builder.Build(Services);
        using (ResultFiles.UseFolder(Folder))
        {
            return await new LeakCheck(options).RunAsync(CheckBody.From(body ?? Code.StaticList.Leaking), CheckContext.ForCode(name, Services), Ct);
        }
    }

    /// <summary>A leak's dump in a results folder that an earlier version created with the default mode; returns the folder.</summary>
    [UnsupportedOSPlatform("windows")]
    private async Task<string> OpenFolderLeak()
    {
        Directory.CreateDirectory(Folder);
        File.SetUnixFileMode(Folder, PrivateFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var report = await CheckAsync("Dumps.Private", o => o.SaveDumpOnLeak());
        Assert.True(File.Exists(report.DumpPath), report.ToString());
        return Folder;
    }

    [UnsupportedOSPlatform("windows")]
    private static void AssertReadableByThisUserOnly(string folder)
    {
        Assert.Equal(PrivateFolder, File.GetUnixFileMode(folder));
        foreach (var file in Directory.GetFiles(folder))
        {
            Assert.True(File.GetUnixFileMode(file) == PrivateFile, $"{file}: {File.GetUnixFileMode(file)}");
        }
    }

    /// <summary>A small file standing for a dump, last written at <paramref name="written"/>.</summary>
    private string Plant(string name, DateTime written)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, "dump");
        File.SetLastWriteTimeUtc(path, written);
        return path;
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

        [Dump(AttachDumpToResult = true)]
        public void Attaches()
        {
        }
    }

    /// <summary>
    /// Writes a small file instead of a dump (with the default mode, as a writer would), and notes whether a check was still
    /// running at that moment. With <see cref="ExpandsTemplates"/>, reads the path as the runtime's createdump does.
    /// </summary>
    private sealed class FakeWriter : IHeapDumpWriter
    {
        public List<string> Paths { get; } = [];

        public long Bytes { get; set; } = 16;

        public string? Failure { get; set; }

        public bool ExpandsTemplates { get; set; }

        public int ChecksRunningWhenWritten { get; private set; }

        public void WriteHeapDump(string path)
        {
            Paths.Add(path);
            if (Failure is not null)
            {
                throw new InvalidOperationException(Failure);
            }

            ChecksRunningWhenWritten = ActiveChecks.Count;
            var written = ExpandsTemplates ? Expand(path) : path;
            using var file = File.Create(written);
            file.SetLength(Bytes);
        }

        private static string Expand(string template) =>
            Regex.Replace(template, "%(.)", m => m.Groups[1].Value switch
            {
                "%" => "%",
                "p" or "d" => Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "e" => "testhost",
                "h" => Environment.MachineName,
                "t" => "1700000000",
                var other => throw new InvalidOperationException($"[createdump] Invalid dump name format char '{other}'"),
            });
    }
}
