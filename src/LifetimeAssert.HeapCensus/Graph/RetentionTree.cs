namespace LifetimeAssert.HeapCensus;

/// <summary>
/// The breadth-first search of a graph from its roots: each reached object's parent on its shortest path from a root
/// (durable roots first), and that root.
/// </summary>
internal sealed class RetentionTree(HeapGraph graph, int[] parent, int[] rootOf)
{
    public const int Unvisited = -2;
    public const int IsRoot = -1;

    public HeapGraph Graph { get; } = graph;

    /// <summary>The node before each node on its path, <see cref="IsRoot"/> for a node a root holds, <see cref="Unvisited"/> when unreached.</summary>
    public int[] Parent { get; } = parent;

    /// <summary>The index (in <see cref="HeapGraph.Roots"/>) of the root each reached node's path starts from.</summary>
    public int[] RootOf { get; } = rootOf;

    public bool Reached(int node) => Parent[node] != Unvisited;

    /// <summary>The path from the root to <paramref name="node"/>, root's object first.</summary>
    public int[] Chain(int node)
    {
        var chain = new List<int>();
        for (var at = node; at != IsRoot; at = Parent[at])
        {
            chain.Add(at);
        }

        chain.Reverse();
        return [.. chain];
    }
}
