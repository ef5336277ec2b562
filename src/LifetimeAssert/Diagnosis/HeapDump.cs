namespace LifetimeAssert.Diagnosis;

/// <summary>A heap dump written for a leaking check, and the type names its report's commands look for.</summary>
/// <param name="Path">The full path of the dump file.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="TypeNames">The leaked types as SOS names them (for <c>dumpheap -type</c>); empty when the leaking probes count no type.</param>
/// <param name="AttachToResult">The options ask for the dump to be attached to the test's result (<see cref="LeakOptions.AttachDumpToResult"/>).</param>
internal sealed record HeapDump(string Path, long Bytes, IReadOnlyList<string> TypeNames, bool AttachToResult = false);
