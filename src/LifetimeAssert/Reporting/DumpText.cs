using System.Globalization;
using LifetimeAssert.Configuration;
using LifetimeAssert.Diagnosis;

namespace LifetimeAssert.Reporting;

/// <summary>The note a report gets when the heap dump it asked for was not written, or null when it was.</summary>
internal static class DumpText
{
    private const double Megabyte = 1024 * 1024;

    public static string? Note(DumpOutcome? outcome) => outcome switch
    {
        null or DumpWritten => null,
        DumpWriterMissing => "dump not written: " + LeakOptionsValidator.MissingDumpWriterMessage,
        DumpCapReached c => Invariant($"dump skipped: {c.Written} already written in this process run (at most {c.Max}, LeakOptions.MaxDumpsPerProcess)"),
        DumpHeapTooLarge h => $"dump not written: the managed heap alone is {Megabytes(h.HeapBytes)}, over the limit of {Megabytes(h.MaxBytes)} "
            + "for a dump (LeakOptions.MaxDumpMegabytes); reproduce the leak in a smaller test, or take one with dotnet-dump collect",
        DumpWriterFailed f => "dump not written: " + f.Message,
        DumpFileMissing m => $"dump not written: the dump writer reported success but {m.Path} is missing or empty",
        DumpTooLarge t => $"dump deleted: it was {Megabytes(t.Bytes)}, over the limit of {Megabytes(t.MaxBytes)} (LeakOptions.MaxDumpMegabytes); "
            + "reproduce the leak in a smaller test, or take one with dotnet-dump collect",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "a dump outcome without text"),
    };

    private static string Megabytes(long bytes) => Invariant($"{bytes / Megabyte:0.#} MB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
