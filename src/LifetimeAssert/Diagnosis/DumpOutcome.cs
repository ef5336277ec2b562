namespace LifetimeAssert.Diagnosis;

/// <summary>What became of the heap dump a leaking check asked for; the report says it in words.</summary>
internal abstract record DumpOutcome;

/// <summary>The dump was written and kept.</summary>
internal sealed record DumpWritten(HeapDump Dump) : DumpOutcome;

/// <summary>No package registers a dump writer.</summary>
internal sealed record DumpWriterMissing : DumpOutcome;

/// <summary>The process already wrote <paramref name="Written"/> dumps, the most it may.</summary>
internal sealed record DumpCapReached(int Written, int Max) : DumpOutcome;

/// <summary>The managed heap alone is larger than a dump may be.</summary>
internal sealed record DumpHeapTooLarge(long HeapBytes, long MaxBytes) : DumpOutcome;

/// <summary>The writer failed with <paramref name="Message"/>.</summary>
internal sealed record DumpWriterFailed(string Message) : DumpOutcome;

/// <summary>The writer reported success, but <paramref name="Path"/> is missing or empty.</summary>
internal sealed record DumpFileMissing(string Path) : DumpOutcome;

/// <summary>The dump was larger than a dump may be, and was deleted.</summary>
internal sealed record DumpTooLarge(long Bytes, long MaxBytes) : DumpOutcome;
