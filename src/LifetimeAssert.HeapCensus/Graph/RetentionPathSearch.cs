namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Finds why survivors of some types are alive: a breadth-first search from the durable roots at once (statics first
/// among equals), then from the stack and the rest, gives each object its shortest path from a root. The survivors are grouped by the shape
/// of their path (same root, same chain of types) and the largest group wins: the objects a leak accumulates are
/// held the same way, while the few instances that existed anyway are held in assorted other ways. Roots of one kind
/// and owner (every running thread's handle) count as one root, and a run of one type (a linked list) as one step.
/// </summary>
internal static class RetentionPathSearch
{
    // Enough survivors to find the dominant shape without walking a million chains.
    private const int MaxSurvivorsGrouped = 100_000;

    /// <summary>Searches the graph once and returns one path per target set, in order; null where no survivor is reachable.</summary>
    public static RetentionPath?[] Find(RootOwners owners, IReadOnlyList<HashSet<ulong>> targetTypeIds)
    {
        var tree = Search(owners.Graph);
        var paths = new RetentionPath?[targetTypeIds.Count];
        for (var i = 0; i < paths.Length; i++)
        {
            paths[i] = Dominant(owners, tree, targetTypeIds[i]);
        }

        return paths;
    }

    public static RetentionTree Search(HeapGraph graph)
    {
        var n = graph.NodeCount;
        var parent = new int[n];
        var rootOf = new int[n];
        var queue = new int[n];
        Array.Fill(parent, RetentionTree.Unvisited);
        var tail = 0;

        // Durable roots (statics, handles) first, to completion: a leak outlives the stack frames that happen to
        // hold one of its objects while the heap is walked, so a stack slot explains only what statics cannot reach.
        tail = Visit(graph, parent, rootOf, queue, tail, r => r.Rank <= GraphRoot.DurableRank);
        Visit(graph, parent, rootOf, queue, tail, r => r.Rank > GraphRoot.DurableRank);
        return new RetentionTree(graph, parent, rootOf);
    }

    private static int Visit(HeapGraph graph, int[] parent, int[] rootOf, int[] queue, int tail, Func<GraphRoot, bool> seeds)
    {
        var head = tail;
        for (var r = 0; r < graph.RootNodes.Length; r++)
        {
            var node = graph.RootNodes[r];
            if (seeds(graph.Roots[r]) && parent[node] == RetentionTree.Unvisited)
            {
                parent[node] = RetentionTree.IsRoot;
                rootOf[node] = r;
                queue[tail++] = node;
            }
        }

        while (head < tail)
        {
            var current = queue[head++];
            for (var e = graph.EdgeStarts[current]; e < graph.EdgeStarts[current + 1]; e++)
            {
                var target = graph.EdgeTargets[e];
                if (target >= 0 && parent[target] == RetentionTree.Unvisited)
                {
                    parent[target] = current;
                    rootOf[target] = rootOf[current];
                    queue[tail++] = target;
                }
            }
        }

        return tail;
    }

    private static RetentionPath? Dominant(RootOwners owners, RetentionTree tree, HashSet<ulong> targets)
    {
        var graph = tree.Graph;
        var groups = new Dictionary<(string Root, int Shape, int Length), List<int>>();
        var survivors = 0;
        for (var node = 0; node < graph.NodeCount && survivors < MaxSurvivorsGrouped; node++)
        {
            if (!tree.Reached(node) || !targets.Contains(graph.TypeIds[node]))
            {
                continue;
            }

            survivors++;
            var key = (owners.GroupKey(tree.RootOf[node]), Shape(tree, node, out var length), length);
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = [];
            }

            members.Add(node);
        }

        if (groups.Count == 0)
        {
            return null;
        }

        var best = groups.OrderByDescending(g => g.Value.Count).ThenBy(g => g.Key.Length).First().Value;
        return new RetentionPath(tree.RootOf[best[0]], tree.Chain(best[0]), [.. best], survivors, tree);
    }

    /// <summary>The chain of types from the root, with a run of one type counted once, so a list's nodes at any depth are held alike.</summary>
    private static int Shape(RetentionTree tree, int node, out int length)
    {
        var shape = new HashCode();
        length = 0;
        var previous = 0UL;
        for (var at = node; at != RetentionTree.IsRoot; at = tree.Parent[at])
        {
            var type = tree.Graph.TypeIds[at];
            if (length == 0 || type != previous)
            {
                shape.Add(type);
                length++;
                previous = type;
            }
        }

        return shape.ToHashCode();
    }
}
