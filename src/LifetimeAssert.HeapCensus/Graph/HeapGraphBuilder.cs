namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Collects nodes, references and roots as the heap walk streams them, then turns addresses into node indexes.
/// Node addresses do not arrive sorted: they are sorted once and every reference is found by binary search.
/// </summary>
internal sealed class HeapGraphBuilder
{
    private const int InitialCapacity = 1 << 16;

    private readonly List<(ulong Address, GraphRoot Root)> _roots = [];
    private ulong[] _addresses = new ulong[InitialCapacity];
    private ulong[] _typeIds = new ulong[InitialCapacity];
    private int[] _edgeCounts = new int[InitialCapacity];
    private ulong[] _edges = new ulong[InitialCapacity];
    private int _nodes;
    private int _edgeCount;

    public void AddNode(ulong address, ulong typeId, int edgeCount)
    {
        if (_nodes == _addresses.Length)
        {
            Array.Resize(ref _addresses, _nodes * 2);
            Array.Resize(ref _typeIds, _nodes * 2);
            Array.Resize(ref _edgeCounts, _nodes * 2);
        }

        _addresses[_nodes] = address;
        _typeIds[_nodes] = typeId;
        _edgeCounts[_nodes] = edgeCount;
        _nodes++;
    }

    public void AddEdge(ulong target)
    {
        if (_edgeCount == _edges.Length)
        {
            Array.Resize(ref _edges, _edgeCount * 2);
        }

        _edges[_edgeCount++] = target;
    }

    public void AddRoot(ulong address, GraphRoot root) => _roots.Add((address, root));

    public HeapGraph Build()
    {
        var n = _nodes;
        var addresses = _addresses.AsSpan(0, n).ToArray();
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        // After the sort, order[k] is the stream index of the k-th lowest address.
        Array.Sort(addresses, order);
        var streamStarts = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            streamStarts[i + 1] = streamStarts[i] + _edgeCounts[i];
        }

        var typeIds = new ulong[n];
        var edgeStarts = new int[n + 1];
        for (var k = 0; k < n; k++)
        {
            typeIds[k] = _typeIds[order[k]];
            edgeStarts[k + 1] = edgeStarts[k] + _edgeCounts[order[k]];
        }

        var targets = new int[_edgeCount];
        for (var k = 0; k < n; k++)
        {
            var to = edgeStarts[k];
            for (var e = streamStarts[order[k]]; e < streamStarts[order[k] + 1]; e++)
            {
                targets[to++] = IndexOf(addresses, _edges[e]);
            }
        }

        var roots = _roots
            .Select(r => (Node: IndexOf(addresses, r.Address), r.Root))
            .Where(r => r.Node >= 0)
            .OrderBy(r => r.Root.Rank)
            .ToArray();

        // The stream buffers are garbage from here on: drop them before the caller searches the graph.
        _addresses = _typeIds = _edges = [];
        _edgeCounts = [];
        return new HeapGraph(typeIds, edgeStarts, targets, roots.Select(r => r.Node).ToArray(), roots.Select(r => r.Root).ToArray());
    }

    private static int IndexOf(ulong[] sorted, ulong address)
    {
        var index = Array.BinarySearch(sorted, address);
        return index >= 0 ? index : -1;
    }
}
