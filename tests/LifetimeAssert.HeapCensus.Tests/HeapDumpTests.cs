using System.Runtime.InteropServices;
using Microsoft.Diagnostics.Runtime;

namespace LifetimeAssert.HeapCensus.Tests;

/// <summary>
/// SaveDumpOnLeak with the real writer: a leaking check leaves a heap dump that ClrMD (the library under dotnet-dump)
/// opens and that holds every leaked instance, readable by this user only; a passing check leaves none; a percent sign
/// in the test's name or in the folder never reaches the runtime's dump writer as a template (issue 19). Three dumps
/// per run of this class, deleted afterwards, so CI keeps neither the time nor the disk.
/// </summary>
[Collection(CensusCollection.Name)]
public sealed class HeapDumpTests : IDisposable
{
    private static readonly List<Leaked> Kept = [];

    public void Dispose()
    {
        Kept.Clear();
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "LifetimeAssert");
        foreach (var dump in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "HeapDumpTests.*.dmp") : [])
        {
            File.Delete(dump);
        }
    }

    [Fact]
    public async Task A_percent_sign_in_the_name_leaves_the_dump_at_the_path_the_report_gives()
    {
        var report = await Checks.RunAsync(Keep, o => o.Track<Leaked>().Name("HeapDumpTests.Rate(\"50%d\")").SaveDumpOnLeak());

        var text = Checks.AssertLeaking(report, "HeapDumpTests.Leaked");
        var path = report.DumpPath;
        Assert.True(path is not null && File.Exists(path), text);
        Assert.DoesNotContain('%', Path.GetFileName(path));
        var folder = Path.GetDirectoryName(path)!;
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "TestResults", "LifetimeAssert"), folder);

        // The runtime's dump writer expands %d to the process id: no dump of that name may appear beside it.
        Assert.Empty(Directory.EnumerateFiles(folder, $"*{Environment.ProcessId}*"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void A_percent_sign_in_the_folder_reaches_the_runtime_escaped()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"lifetimeassert-{Guid.NewGuid():N}", "100%d %p");
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "HeapDumpTests.dmp");

            HeapDumpWriter.Write(path);

            Assert.True(File.Exists(path), $"{path} is missing; the folder holds: {string.Join(", ", Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(folder)!, "*", SearchOption.AllDirectories))}");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public async Task A_leaking_check_writes_a_dump_that_holds_the_leaked_instances()
    {
        var report = await Checks.RunAsync(Keep, o => o.Track<Leaked>().Name("HeapDumpTests.Leaking").SaveDumpOnLeak());

        var text = Checks.AssertLeaking(report, "HeapDumpTests.Leaked");
        var path = report.DumpPath;
        Assert.True(path is not null && File.Exists(path), text);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "TestResults", "LifetimeAssert", "HeapDumpTests.Leaking.leak.dmp"), path);
        Assert.Contains($"  dump: {path} (", text, StringComparison.Ordinal);
        Assert.Contains($"    open:   dotnet-dump analyze {path}", text, StringComparison.Ordinal);
        var typeName = typeof(Leaked).FullName!;   // SOS and ClrMD spell a nested type Outer+Inner, as the report does
        Assert.Contains($"    count:  dumpheap -stat -type {typeName}", text, StringComparison.Ordinal);
        Assert.Contains($"    find:   dumpheap -type {typeName}", text, StringComparison.Ordinal);
        Assert.Contains("    holder: gcroot <address>", text, StringComparison.Ordinal);

        // Nothing is released between the last sample and the dump: it holds at least the last settled count.
        var inDump = CountInDump(path, typeName);
        Assert.True(inDump >= report.Leaks[0].LiveAtEnd && inDump > 0, $"{inDump} instances of {typeName} in the dump; the report:{Environment.NewLine}{text}");
    }

    [Fact]
    public async Task A_passing_check_writes_no_dump()
    {
        var report = await Checks.RunAsync(Drop, o => o.Track<Leaked>().Name("HeapDumpTests.Clean").SaveDumpOnLeak());

        Checks.AssertPassed(report);
        Assert.Null(report.DumpPath);
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "TestResults", "LifetimeAssert", "HeapDumpTests.Clean.leak.dmp")));
    }

    [Theory]
    [InlineData("DOTNET_EnableDiagnostics")]
    [InlineData("DOTNET_EnableDiagnostics_IPC")]
    public void With_diagnostics_turned_off_the_writer_says_which_switch_to_change(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lifetimeassert-{Guid.NewGuid():N}.dmp");

        var error = Assert.Throws<InvalidOperationException>(() => HeapDumpWriter.Write(path, v => v == name ? "0" : null));

        Assert.Equal(
            $"{name}=0 turns off the runtime's diagnostics server, which writes the dump; unset {name} (or set it to 1) "
                + "for the test run to get a dump (the verdict does not depend on it)",
            error.Message);
        Assert.False(File.Exists(path));
    }

    private static long CountInDump(string path, string typeName)
    {
        using var target = DataTarget.LoadDump(path);
        var clr = target.ClrVersions.Single();

        // A dump taken with DumpType.WithHeap may not carry the runtime's version resource, so ClrMD cannot pick the
        // DAC by version: take the one of the runtime that wrote the dump (this one).
        var dac = Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), DacFileName());
        using var runtime = File.Exists(dac) ? clr.CreateRuntime(dac, ignoreMismatch: true) : clr.CreateRuntime();
        return runtime.Heap.EnumerateObjects().LongCount(o => o.Type?.Name == typeName);
    }

    private static string DacFileName() =>
        OperatingSystem.IsWindows() ? "mscordaccore.dll" : OperatingSystem.IsMacOS() ? "libmscordaccore.dylib" : "libmscordaccore.so";

    private static void Keep() => Kept.Add(new Leaked());

    private static void Drop() => _ = new Leaked();

    /// <summary>Registers itself, so the check tracks it.</summary>
    public sealed class Leaked
    {
        public Leaked() => LifetimeTracker.Track(this);
    }
}
