namespace LifetimeAssert.HeapCensus;

/// <summary>
/// A complete census of the live heap at one instant: objects per exact type, keyed by type id (the type's
/// MethodTable, which maps back to a <see cref="Type"/> in-process), and optionally every reference.
/// Only complete snapshots exist: an incomplete heap walk is an error, never a snapshot with smaller counts.
/// </summary>
internal sealed class HeapSnapshot(Dictionary<ulong, TypeCount> byTypeId, long objects, HeapGraph? graph)
{
    public IReadOnlyDictionary<ulong, TypeCount> ByTypeId { get; } = byTypeId;

    public long Objects { get; } = objects;

    /// <summary>The object graph, when the snapshot was taken with references.</summary>
    public HeapGraph? Graph { get; } = graph;
}
