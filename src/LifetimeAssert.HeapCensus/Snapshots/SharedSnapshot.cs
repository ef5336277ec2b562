namespace LifetimeAssert.HeapCensus;

/// <summary>
/// The census snapshot of the current settle round, shared by every census probe of a check: each settle round
/// runs a full collection, so the gen-2 collection count identifies the round. Only counts are kept (a few
/// hundred entries), and the previous snapshot is dropped before the next is taken so that the checker never
/// counts its own last snapshot.
/// </summary>
internal static class SharedSnapshot
{
    private static readonly Lock Gate = new();
    private static HeapSnapshot? _current;
    private static int _takenAtCollection = -1;

    /// <summary>The snapshot of the current round, taken now if this round has none (or none with references, when asked).</summary>
    /// <param name="withReferences">Keep every reference too (the confirmation's reads, for the retention path).</param>
    /// <exception cref="ProbeInconclusiveException">The heap could not be read completely.</exception>
    public static HeapSnapshot Counts(bool withReferences = false)
    {
        lock (Gate)
        {
            if (_current is not null && _takenAtCollection == GC.CollectionCount(2) && (_current.Graph is not null || !withReferences))
            {
                return _current;
            }

            _current = null;
            var snapshot = HeapSnapshotter.Take(includeGraph: withReferences);

            // Keyed after the snapshot: its own heap walk is a full collection too.
            _takenAtCollection = GC.CollectionCount(2);
            return _current = snapshot;
        }
    }

    /// <summary>Drops the kept counts when a check ends.</summary>
    public static void Release()
    {
        lock (Gate)
        {
            _current = null;
            _takenAtCollection = -1;
        }
    }
}
