namespace LifetimeAssert;

/// <summary>What <see cref="HeapDumps.Write"/> did: a dump, or a note saying why there is none (or neither, when none was asked).</summary>
/// <param name="Dump">The dump written, or null.</param>
/// <param name="Note">Why no dump was written, or null.</param>
internal readonly record struct DumpResult(HeapDump? Dump, string? Note);
