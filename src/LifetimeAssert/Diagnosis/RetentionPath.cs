namespace LifetimeAssert.Diagnosis;

/// <summary>What holds one survivor of a leaking probe, as the path finder rendered it, or why the lookup failed.</summary>
/// <param name="Path">The rendered chain of references from a GC root, or null when the probe counts no heap type or none survives.</param>
/// <param name="LookupFailure">The finder's error, when the lookup failed.</param>
internal sealed record RetentionPath(string? Path, string? LookupFailure);
