namespace LifetimeAssert.HeapCensus;

/// <summary>
/// A chain of references from a root to one survivor: <see cref="Nodes"/> starts at the node the root holds.
/// <see cref="Alike"/> survivors (of <see cref="Survivors"/>) are held the same way.
/// </summary>
internal sealed record RetentionPath(GraphRoot Root, int[] Nodes, int Alike, int Survivors);
