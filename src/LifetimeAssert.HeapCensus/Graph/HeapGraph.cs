namespace LifetimeAssert.HeapCensus;

/// <summary>
/// The object graph of a snapshot in compact form: node <c>i</c> has type <c>TypeIds[i]</c> and references the
/// nodes <c>EdgeTargets[EdgeStarts[i] .. EdgeStarts[i + 1]]</c> (-1 for a target outside the walk). Arrays of
/// value types, so a graph of millions of objects adds few objects to the heap it describes.
/// </summary>
internal sealed class HeapGraph(ulong[] typeIds, int[] edgeStarts, int[] edgeTargets, int[] rootNodes, GraphRoot[] roots)
{
    public ulong[] TypeIds { get; } = typeIds;

    public int[] EdgeStarts { get; } = edgeStarts;

    public int[] EdgeTargets { get; } = edgeTargets;

    /// <summary>The node each root holds, ordered by the root's rank.</summary>
    public int[] RootNodes { get; } = rootNodes;

    /// <summary>The roots, parallel to <see cref="RootNodes"/>.</summary>
    public GraphRoot[] Roots { get; } = roots;

    public int NodeCount => TypeIds.Length;
}
