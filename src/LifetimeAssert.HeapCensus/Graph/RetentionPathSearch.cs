namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Finds why survivors of some types are alive: a breadth-first search from the durable roots at once (statics first
/// among equals), then from the stack and the rest, gives each object its shortest path from a root. The survivors are grouped by the shape
/// of their path (same root, same chain of types) and the largest group wins: the objects a leak accumulates are
/// held the same way, while the few instances that existed anyway are held in assorted other ways.
/// </summary>
internal static class RetentionPathSearch
{
    private const int Unvisited = -2;
    private const int IsRoot = -1;

    // Enough survivors to find the dominant shape without walking a million chains.
    private const int MaxSurvivorsGrouped = 100_000;

    /// <summary>Searches the graph once and returns one path per target set, in order; null where no survivor is reachable.</summary>
    public static RetentionPath?[] Find(HeapGraph graph, IReadOnlyList<HashSet<ulong>> targetTypeIds)
    {
        var (parent, rootOf) = Search(graph);
        var paths = new RetentionPath?[targetTypeIds.Count];
        for (var i = 0; i < paths.Length; i++)
        {
            paths[i] = Dominant(graph, parent, rootOf, targetTypeIds[i]);
        }

        return paths;
    }

    private static (int[] Parent, int[] RootOf) Search(HeapGraph graph)
    {
        var n = graph.NodeCount;
        var parent = new int[n];
        var rootOf = new int[n];
        var queue = new int[n];
        Array.Fill(parent, Unvisited);
        var tail = 0;

        // Durable roots (statics, handles) first, to completion: a leak outlives the stack frames that happen to
        // hold one of its objects while the heap is walked, so a stack slot explains only what statics cannot reach.
        tail = Visit(graph, parent, rootOf, queue, tail, r => r.Rank <= GraphRoot.DurableRank);
        Visit(graph, parent, rootOf, queue, tail, r => r.Rank > GraphRoot.DurableRank);
        return (parent, rootOf);
    }

    private static int Visit(HeapGraph graph, int[] parent, int[] rootOf, int[] queue, int tail, Func<GraphRoot, bool> seeds)
    {
        var head = tail;
        for (var r = 0; r < graph.RootNodes.Length; r++)
        {
            var node = graph.RootNodes[r];
            if (seeds(graph.Roots[r]) && parent[node] == Unvisited)
            {
                parent[node] = IsRoot;
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
                if (target >= 0 && parent[target] == Unvisited)
                {
                    parent[target] = current;
                    rootOf[target] = rootOf[current];
                    queue[tail++] = target;
                }
            }
        }

        return tail;
    }

    private static RetentionPath? Dominant(HeapGraph graph, int[] parent, int[] rootOf, HashSet<ulong> targets)
    {
        var groups = new Dictionary<(int Root, int Shape, int Length), (int Count, int Example)>();
        var survivors = 0;
        for (var node = 0; node < graph.NodeCount && survivors < MaxSurvivorsGrouped; node++)
        {
            if (parent[node] == Unvisited || !targets.Contains(graph.TypeIds[node]))
            {
                continue;
            }

            survivors++;
            var shape = new HashCode();
            var length = 0;
            for (var at = node; at != IsRoot; at = parent[at])
            {
                shape.Add(graph.TypeIds[at]);
                length++;
            }

            var key = (rootOf[node], shape.ToHashCode(), length);
            groups[key] = groups.TryGetValue(key, out var group) ? (group.Count + 1, group.Example) : (1, node);
        }

        if (groups.Count == 0)
        {
            return null;
        }

        var best = groups.OrderByDescending(g => g.Value.Count).ThenBy(g => g.Key.Length).First();
        return new RetentionPath(graph.Roots[best.Key.Root], Chain(parent, best.Value.Example), best.Value.Count, survivors);
    }

    private static int[] Chain(int[] parent, int node)
    {
        var chain = new List<int>();
        for (var at = node; at != IsRoot; at = parent[at])
        {
            chain.Add(at);
        }

        chain.Reverse();
        return [.. chain];
    }
}
