using System.ComponentModel;
using System.Diagnostics;
using LifetimeAssert.Files;

namespace LifetimeAssert.Diagnosis;

/// <summary>
/// Writes the heap dump of a leaking check (<see cref="LeakOptions.SaveDumpOnLeak"/>) beside its report files, privately
/// and within the limits: the results folder readable by the current user only, at most
/// <see cref="LeakOptions.MaxDumpsPerFolder"/> dumps in it (dumps of earlier runs removed first, oldest first), at most
/// <see cref="LeakOptions.MaxDumpMegabytes"/> each, and never when the disk is short of space. A dump that cannot be written
/// never changes the verdict: the report says why.
/// </summary>
internal static class HeapDumps
{
    /// <summary>The extension of a dump file.</summary>
    public const string Extension = ".leak.dmp";

    private const long Megabyte = 1024 * 1024;
    private const long Gigabyte = 1024 * Megabyte;

    // One dump at a time: the count in the folder holds, and the runtime suspends the whole process for each dump anyway.
    private static readonly Lock Gate = new();
    private static readonly Lazy<DateTime> ProcessStart = new(StartOfThisProcess);

    /// <summary>The count limit per folder; lowered by tests (a seam: the documented limit is <see cref="LeakOptions.MaxDumpsPerFolder"/>).</summary>
    internal static int MaxDumps { get; set; } = LeakOptions.MaxDumpsPerFolder;

    /// <summary>The size limit in bytes; lowered by tests (the documented limit is <see cref="LeakOptions.MaxDumpMegabytes"/>).</summary>
    internal static long MaxBytes { get; set; } = LeakOptions.MaxDumpMegabytes * Megabyte;

    /// <summary>The free space a dump needs, from the managed heap's committed bytes: <see cref="FreeSpaceNeeded"/>; raised by tests.</summary>
    internal static Func<long, long> FreeSpaceMargin { get; set; } = FreeSpaceNeeded;

    /// <summary>
    /// The free space the disk of the results folder must have before a dump is written: three times the managed heap's
    /// committed bytes, plus 1 GB. A dump holds the committed heap and the runtime's and test host's own memory (measured
    /// on Linux: 88–231 MB beside a heap of a few megabytes), so once it is written at least twice the heap and about
    /// 0.75 GB are still free: a dump never takes the last of a disk that the build, the rest of the test run and, on a
    /// shared CI machine, other jobs need.
    /// </summary>
    /// <param name="committedHeapBytes">The managed heap's committed bytes (<see cref="GCMemoryInfo.TotalCommittedBytes"/>).</param>
    /// <returns>The bytes that must be free.</returns>
    public static long FreeSpaceNeeded(long committedHeapBytes) => (3 * committedHeapBytes) + Gigabyte;

    /// <summary>Writes the dump of a leaking check as <c>&lt;name&gt;.leak.dmp</c> beside its report files.</summary>
    /// <param name="name">The test name the report files get, or the check's subject.</param>
    /// <param name="leaking">The leaking probes, whose types the report's commands name.</param>
    /// <param name="writer">The dump writer of the check's engine services, or null.</param>
    /// <param name="attachToResult">The options ask for the dump to be attached to the test's result.</param>
    public static DumpOutcome Write(string name, IReadOnlyList<Probe> leaking, IHeapDumpWriter? writer, bool attachToResult)
    {
        if (writer is null)
        {
            return new DumpWriterMissing();
        }

        var memory = GC.GetGCMemoryInfo();
        if (memory.HeapSizeBytes > MaxBytes)
        {
            return new DumpHeapTooLarge(memory.HeapSizeBytes, MaxBytes);
        }

        lock (Gate)
        {
            var claimed = ResultFiles.Claim(name);
            DumpOutcome outcome;
            try
            {
                var committed = Math.Max(memory.HeapSizeBytes, memory.TotalCommittedBytes);
                outcome = WriteWithin(writer, claimed, committed, (path, bytes) => new HeapDump(path, bytes, TypeNames(leaking), attachToResult));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                outcome = new DumpWriterFailed(e.Message);
            }

            if (outcome is not DumpWritten)
            {
                ResultFiles.Release(claimed);
            }

            return outcome;
        }
    }

    private static DumpOutcome WriteWithin(IHeapDumpWriter writer, string name, long committedHeapBytes, Func<string, long, HeapDump> written)
    {
        var folder = ResultFiles.EnsureFolder(out var notPrivate);
        if (notPrivate is not null)
        {
            return new DumpFolderNotPrivate(folder, notPrivate);
        }

        var path = Path.GetFullPath(ResultFiles.PathOf(name, Extension));
        var others = new DirectoryInfo(folder).EnumerateFiles("*" + Extension)
            .Where(f => !string.Equals(f.FullName, path, StringComparison.Ordinal))
            .ToList();
        var earlierRuns = others.Where(f => f.LastWriteTimeUtc < ProcessStart.Value).OrderBy(f => f.LastWriteTimeUtc).ToList();
        var excess = others.Count - (MaxDumps - 1);
        if (excess > earlierRuns.Count)
        {
            return new DumpFolderFull(folder, others.Count - earlierRuns.Count, MaxDumps);
        }

        var removing = earlierRuns.Take(Math.Max(0, excess)).ToList();
        var needed = FreeSpaceMargin(committedHeapBytes);
        if (FreeBytes(folder) is { } free)
        {
            var freeAfterRemoving = free + removing.Sum(f => f.Length) + (File.Exists(path) ? new FileInfo(path).Length : 0);
            if (freeAfterRemoving < needed)
            {
                return new DumpDiskFull(folder, freeAfterRemoving, needed);
            }
        }

        var removed = new List<string>();
        foreach (var old in removing)
        {
            old.Delete();
            removed.Add(old.Name);
        }

        try
        {
            File.Delete(path);
            writer.WriteHeapDump(path);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            TryDelete(path);
            return new DumpWriterFailed(e.Message);
        }

        var bytes = File.Exists(path) ? new FileInfo(path).Length : 0;
        if (bytes == 0)
        {
            TryDelete(path);
            return new DumpFileMissing(path);
        }

        if (bytes > MaxBytes)
        {
            TryDelete(path);
            return new DumpTooLarge(bytes, MaxBytes);
        }

        if (ResultFiles.MakePrivate(path) is { } fileNotPrivate)
        {
            TryDelete(path);
            return new DumpFolderNotPrivate(folder, fileNotPrivate);
        }

        return new DumpWritten(written(path, bytes), removed, MaxDumps);
    }

    /// <summary>The bytes free to this user on the disk of <paramref name="folder"/>, or null when the system does not say.</summary>
    private static long? FreeBytes(string folder)
    {
        try
        {
            return new DriveInfo(folder).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>When this process started: dumps older than that are from earlier runs, and may be removed to make room.</summary>
    private static DateTime StartOfThisProcess()
    {
        try
        {
            using var process = Process.GetCurrentProcess();
            return process.StartTime.ToUniversalTime();
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Unknown: only dumps older than the first one this process writes count as earlier.
            return DateTime.UtcNow;
        }
    }

    /// <summary>The leaked types as SOS spells them (<c>Namespace.Outer+Inner</c>, a generic type without its arguments), for <c>dumpheap -type</c>.</summary>
    private static string[] TypeNames(IReadOnlyList<Probe> leaking) =>
        leaking.Select(p => p switch
            {
                TrackedTypeProbe tracked => SosName(tracked.Type),
                { IsProcessWide: false } when !p.Name.Any(char.IsWhiteSpace) => p.Name,
                _ => null,
            })
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private static string SosName(Type type)
    {
        var name = (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName ?? type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A partial dump that cannot be removed is left where the note's reader can find it.
        }
    }
}
