using System.Globalization;
using LifetimeAssert.Configuration;
using LifetimeAssert.Diagnosis;

namespace LifetimeAssert.Reporting;

/// <summary>
/// The note a report gets about the heap dump it asked for: why it was not written, or which dumps of earlier runs made
/// room for it; null when there is nothing to say.
/// </summary>
internal static class DumpText
{
    private const double Megabyte = 1024 * 1024;
    private const double Gigabyte = 1024 * Megabyte;

    public static string? Note(DumpOutcome? outcome) => outcome switch
    {
        null or DumpWritten { Removed.Count: 0 } => null,
        DumpWritten w => (w.Removed.Count == 1 ? "removed 1 dump of an earlier run" : Invariant($"removed {w.Removed.Count} dumps of earlier runs"))
            + Invariant($" from the results folder to keep at most {w.Max} (LeakOptions.MaxDumpsPerFolder): ") + string.Join(", ", w.Removed),
        DumpWriterMissing => "dump not written: " + LeakOptionsValidator.MissingDumpWriterMessage,
        DumpFolderFull f => Invariant($"dump skipped: {f.Folder} already holds {f.Count} dumps written during this run (at most {f.Max}, LeakOptions.MaxDumpsPerFolder); ")
            + "dumps of earlier runs make room, those of this run are kept until you delete them",
        DumpFolderNotPrivate p => $"dump not written: {p.Folder} could not be made readable by this user only ({p.Reason}); a dump holds every secret "
            + "the process had in memory",
        DumpDiskFull d => $"dump not written: {Size(d.FreeBytes)} free on the disk of {d.Folder}, less than the {Size(d.NeededBytes)} a dump needs "
            + "(3 x the managed heap + 1 GB, so that a dump never takes the last of the disk)",
        DumpHeapTooLarge h => $"dump not written: the managed heap alone is {Megabytes(h.HeapBytes)}, over the limit of {Megabytes(h.MaxBytes)} "
            + "for a dump (LeakOptions.MaxDumpMegabytes); reproduce the leak in a smaller test, or take one with dotnet-dump collect",
        DumpWriterFailed f => "dump not written: " + f.Message,
        DumpFileMissing m => $"dump not written: the dump writer reported success but {m.Path} is missing or empty",
        DumpTooLarge t => $"dump deleted: it was {Megabytes(t.Bytes)}, over the limit of {Megabytes(t.MaxBytes)} (LeakOptions.MaxDumpMegabytes); "
            + "reproduce the leak in a smaller test, or take one with dotnet-dump collect",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "a dump outcome without text"),
    };

    private static string Megabytes(long bytes) => Invariant($"{bytes / Megabyte:0.#} MB");

    private static string Size(long bytes) => bytes >= Gigabyte ? Invariant($"{bytes / Gigabyte:0.#} GB") : Megabytes(bytes);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
