using System.Runtime.InteropServices;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Receives the events of one heap walk: objects (GCBulkNode), their references (GCBulkEdge) and roots, and checks
/// that the walk arrived whole. Only events between the start and the end of the session's own induced GC count:
/// when another session asks for a heap walk, every open session receives that walk too.
/// </summary>
internal sealed class DumpCollector
{
    private readonly Dictionary<ulong, TypeCount> _byTypeId = [];
    private readonly HeapGraphBuilder? _graph;
    private readonly List<string> _problems = [];
    private int _dumpGc = -1;
    private bool _sawStart;
    private bool _sawEnd;
    private int _nextNodeEvent;
    private int _nextEdgeEvent;
    private long _objects;
    private long _announcedEdges;
    private long _edges;

    public DumpCollector(EventPipeEventSource source, bool includeGraph)
    {
        _graph = includeGraph ? new HeapGraphBuilder() : null;
        source.Clr.GCStart += OnGcStart;
        source.Clr.GCStop += data => _sawEnd |= data.Count == _dumpGc;
        source.Clr.GCBulkNode += OnNodes;
        source.Clr.GCBulkEdge += OnEdges;
        if (_graph is not null)
        {
            source.Clr.GCBulkRootEdge += OnRoots;
            source.Clr.GCBulkRootStaticVar += OnStaticRoots;
        }
    }

    public long Objects => _objects;

    private bool InDump => _sawStart && !_sawEnd;

    /// <summary>Why the walk is incomplete, or null when every check passed.</summary>
    public string? Incompleteness(int eventsLost)
    {
        if (eventsLost != 0)
        {
            return $"{eventsLost} events of the heap walk were lost (the event buffer was full)";
        }

        if (!_sawStart || !_sawEnd)
        {
            return "the heap-walking garbage collection was not seen from start to end";
        }

        if (_announcedEdges != _edges)
        {
            return $"the objects announced {_announcedEdges} references but {_edges} arrived";
        }

        if (_objects == 0)
        {
            return "the heap walk reported no object";
        }

        return _problems.Count > 0 ? string.Join("; ", _problems) : null;
    }

    public HeapSnapshot ToSnapshot() => new(_byTypeId, _objects, _graph?.Build());

    private void OnGcStart(GCStartTraceData data)
    {
        // The session's heap walk runs in the first induced full collection it sees.
        if (_dumpGc < 0 && data.Depth == 2 && data.Reason is GCReason.Induced or GCReason.InducedNotForced or GCReason.InducedCompacting)
        {
            _dumpGc = data.Count;
            _sawStart = true;
        }
    }

    private void OnNodes(GCBulkNodeTraceData data)
    {
        if (!InDump)
        {
            return;
        }

        CheckSequence(data.Index, ref _nextNodeEvent, "object");
        for (var i = 0; i < data.Count; i++)
        {
            var node = data.Values(i);
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_byTypeId, node.TypeID, out _);
            count.Count++;
            count.Bytes += (long)node.Size;
            _announcedEdges += node.EdgeCount;

            // Node i owns the next EdgeCount entries of the reference stream.
            _graph?.AddNode(node.Address, node.TypeID, (int)node.EdgeCount);
        }

        _objects += data.Count;
    }

    private void OnEdges(GCBulkEdgeTraceData data)
    {
        if (!InDump)
        {
            return;
        }

        CheckSequence(data.Index, ref _nextEdgeEvent, "reference");
        if (_graph is not null)
        {
            for (var i = 0; i < data.Count; i++)
            {
                _graph.AddEdge(data.Values(i).Target);
            }
        }

        _edges += data.Count;
    }

    private void OnRoots(GCBulkRootEdgeTraceData data)
    {
        if (!InDump)
        {
            return;
        }

        for (var i = 0; i < data.Count; i++)
        {
            var root = data.Values(i);

            // A weak handle does not keep anything alive.
            if ((root.GCRootFlag & GCRootFlags.WeakRef) == 0 && root.RootedNodeAddress != 0)
            {
                _graph!.AddRoot(root.RootedNodeAddress, GraphRoot.FromKind(root.GCRootKind, root.GCRootFlag, root.GCRootID));
            }
        }
    }

    private void OnStaticRoots(GCBulkRootStaticVarTraceData data)
    {
        if (!InDump)
        {
            return;
        }

        for (var i = 0; i < data.Count; i++)
        {
            var root = data.Values(i);
            if (root.ObjectID != 0)
            {
                var threadStatic = (root.Flags & GCRootStaticVarFlags.ThreadLocal) != 0;
                _graph!.AddRoot(root.ObjectID, GraphRoot.Static(root.FieldName, root.GCRootID, root.TypeID, threadStatic));
            }
        }
    }

    private void CheckSequence(int index, ref int next, string what)
    {
        if (index != next && _problems.Count == 0)
        {
            _problems.Add($"{what} event {index} arrived where {next} was expected (another heap walk interleaved)");
        }

        next = index + 1;
    }
}
