using System.Globalization;

namespace LifetimeAssert;

/// <summary>
/// Writes the heap dump of a leaking check (<see cref="LeakOptions.SaveDumpOnLeak"/>) beside its report files, within
/// the limits: <see cref="LeakOptions.MaxDumpsPerProcess"/> per process run and <see cref="LeakOptions.MaxDumpMegabytes"/>
/// each. A dump that cannot be written never changes the verdict: the report says why in a note.
/// </summary>
internal static class HeapDumps
{
    internal const string MissingWriterMessage =
        "SaveDumpOnLeak needs the dump writer, which is in the LifetimeAssert.HeapCensus package: add "
        + "<PackageReference Include=\"LifetimeAssert.HeapCensus\" /> to the test project, or remove SaveDumpOnLeak.";

    private const long Megabyte = 1024 * 1024;

    private static readonly Lock Gate = new();
    private static int _written;

    /// <summary>The count limit; lowered by tests (a seam: the documented limit is <see cref="LeakOptions.MaxDumpsPerProcess"/>).</summary>
    internal static int MaxDumps { get; set; } = LeakOptions.MaxDumpsPerProcess;

    /// <summary>The size limit in bytes; lowered by tests (the documented limit is <see cref="LeakOptions.MaxDumpMegabytes"/>).</summary>
    internal static long MaxBytes { get; set; } = LeakOptions.MaxDumpMegabytes * Megabyte;

    /// <summary>A writer used instead of the census package's, by tests; null: the registered one.</summary>
    internal static IHeapDumpWriter? WriterOverride { get; set; }

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

    /// <summary>The registered writer (the census provider, when it writes dumps), or null.</summary>
    public static IHeapDumpWriter? FindWriter() => WriterOverride ?? CensusProviderLocator.Find() as IHeapDumpWriter;

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
    public static DumpResult Write(string name, IReadOnlyList<Probe> leaking)
    {
        if (FindWriter() is not { } writer)
        {
            return new(null, "dump not written: " + MissingWriterMessage);
        }

        if (!Reserve(out var written))
        {
            return new(null, $"dump skipped: {written} already written in this process run (at most {MaxDumps}, LeakOptions.MaxDumpsPerProcess)");
        }

        var kept = false;
        try
        {
            var result = WriteWithin(writer, ReportFiles.PathFor(name, ".leak.dmp"), leaking);
            kept = result.Dump is not null;
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

    private static DumpResult WriteWithin(IHeapDumpWriter writer, string path, IReadOnlyList<Probe> leaking)
    {
        var heap = GC.GetGCMemoryInfo().HeapSizeBytes;
        if (heap > MaxBytes)
        {
            return new(null, $"dump not written: the managed heap alone is {Megabytes(heap)}, over the limit of {Megabytes(MaxBytes)} "
                + "for a dump (LeakOptions.MaxDumpMegabytes); reproduce the leak in a smaller test, or take one with dotnet-dump collect");
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
            return new(null, "dump not written: " + e.Message);
        }

        var bytes = File.Exists(path) ? new FileInfo(path).Length : 0;
        if (bytes == 0)
        {
            return new(null, $"dump not written: the dump writer reported success but {path} is missing or empty");
        }

        if (bytes > MaxBytes)
        {
            TryDelete(path);
            return new(null, $"dump deleted: it was {Megabytes(bytes)}, over the limit of {Megabytes(MaxBytes)} (LeakOptions.MaxDumpMegabytes); "
                + "reproduce the leak in a smaller test, or take one with dotnet-dump collect");
        }

        return new(new HeapDump(path, bytes, TypeNames(leaking)), null);
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

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)Megabyte:0.#} MB");

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
