namespace LifetimeAssert.Diagnosis;

/// <summary>What became of the heap dump a leaking check asked for; the report says it in words.</summary>
internal abstract record DumpOutcome;

/// <summary>The dump was written and kept.</summary>
/// <param name="Dump">The dump.</param>
/// <param name="Removed">Dumps of earlier runs removed from the folder to make room for it (file names, oldest first).</param>
/// <param name="Max">The most dumps the folder keeps.</param>
internal sealed record DumpWritten(HeapDump Dump, IReadOnlyList<string> Removed, int Max) : DumpOutcome;

/// <summary>No package registers a dump writer.</summary>
internal sealed record DumpWriterMissing : DumpOutcome;

/// <summary>The results folder already holds <paramref name="Count"/> dumps written during this run, the most it keeps.</summary>
internal sealed record DumpFolderFull(string Folder, int Count, int Max) : DumpOutcome;

/// <summary>The results folder could not be made readable by the current user only.</summary>
internal sealed record DumpFolderNotPrivate(string Folder, string Reason) : DumpOutcome;

/// <summary>The disk of the results folder has less free space than a dump needs with room to spare.</summary>
internal sealed record DumpDiskFull(string Folder, long FreeBytes, long NeededBytes) : DumpOutcome;

/// <summary>The managed heap alone is larger than a dump may be.</summary>
internal sealed record DumpHeapTooLarge(long HeapBytes, long MaxBytes) : DumpOutcome;

/// <summary>The writer failed with <paramref name="Message"/>.</summary>
internal sealed record DumpWriterFailed(string Message) : DumpOutcome;

/// <summary>The writer reported success, but <paramref name="Path"/> is missing or empty.</summary>
internal sealed record DumpFileMissing(string Path) : DumpOutcome;

/// <summary>The dump was larger than a dump may be, and was deleted.</summary>
internal sealed record DumpTooLarge(long Bytes, long MaxBytes) : DumpOutcome;
