using LifetimeAssert.Files;

namespace LifetimeAssert.Diagnosis;

/// <summary>
/// Writes the heap dump of a leaking check (<see cref="LeakOptions.SaveDumpOnLeak"/>) beside its report files, within
/// the limits: <see cref="LeakOptions.MaxDumpsPerProcess"/> per process run and <see cref="LeakOptions.MaxDumpMegabytes"/>
/// each. A dump that cannot be written never changes the verdict: the report says why.
/// </summary>
internal static class HeapDumps
{
    private const long Megabyte = 1024 * 1024;

    private static readonly Lock Gate = new();
    private static int _written;

    /// <summary>The count limit; lowered by tests (a seam: the documented limit is <see cref="LeakOptions.MaxDumpsPerProcess"/>).</summary>
    internal static int MaxDumps { get; set; } = LeakOptions.MaxDumpsPerProcess;

    /// <summary>The size limit in bytes; lowered by tests (the documented limit is <see cref="LeakOptions.MaxDumpMegabytes"/>).</summary>
    internal static long MaxBytes { get; set; } = LeakOptions.MaxDumpMegabytes * Megabyte;

    /// <summary>Dumps kept so far in this process.</summary>
    internal static int Written
    {
        get
        {
            lock (Gate)
            {
                return _written;
            }
        }
    }

    /// <summary>Forgets the dumps written so far (tests).</summary>
    internal static void ResetCount()
    {
        lock (Gate)
        {
            _written = 0;
        }
    }

    /// <summary>Writes the dump of a leaking check as <c>&lt;name&gt;.leak.dmp</c> beside its report files.</summary>
    /// <param name="name">The test name the report files get, or the check's subject.</param>
    /// <param name="leaking">The leaking probes, whose types the report's commands name.</param>
    /// <param name="writer">The dump writer of the check's engine services, or null.</param>
    public static DumpOutcome Write(string name, IReadOnlyList<Probe> leaking, IHeapDumpWriter? writer)
    {
        if (writer is null)
        {
            return new DumpWriterMissing();
        }

        if (!Reserve(out var written))
        {
            return new DumpCapReached(written, MaxDumps);
        }

        var kept = false;
        try
        {
            var result = WriteWithin(writer, ResultFiles.PathFor(name, ".leak.dmp"), leaking);
            kept = result is DumpWritten;
            return result;
        }
        finally
        {
            if (!kept)
            {
                Release();
            }
        }
    }

    private static DumpOutcome WriteWithin(IHeapDumpWriter writer, string path, IReadOnlyList<Probe> leaking)
    {
        var heap = GC.GetGCMemoryInfo().HeapSizeBytes;
        if (heap > MaxBytes)
        {
            return new DumpHeapTooLarge(heap, MaxBytes);
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
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
            return new DumpFileMissing(path);
        }

        if (bytes > MaxBytes)
        {
            TryDelete(path);
            return new DumpTooLarge(bytes, MaxBytes);
        }

        return new DumpWritten(new HeapDump(path, bytes, TypeNames(leaking)));
    }

    private static bool Reserve(out int written)
    {
        lock (Gate)
        {
            written = _written;
            if (_written >= MaxDumps)
            {
                return false;
            }

            _written++;
            return true;
        }
    }

    private static void Release()
    {
        lock (Gate)
        {
            _written--;
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
