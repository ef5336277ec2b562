using System.Runtime.InteropServices;

namespace LifetimeAssert.Tracking;

/// <summary>
/// The plain registrations of one scope (<see cref="LifetimeTracker.Track{T}(T)"/>): a weak handle and an optional
/// creation site each, in chunks so that a check of many runs allocates little. Not thread-safe: its scope locks.
/// </summary>
internal sealed class WeakRegistrations
{
    private const int ChunkSize = 1024;

    private readonly List<Entry[]> _chunks = [];
    private readonly HashSet<Type> _seenTypes = [];
    private Type? _lastSeenType;
    private int _count;

    /// <summary>How many registrations were made, collected or not.</summary>
    public long Registered { get; private set; }

    public IEnumerable<Type> SeenTypes => _seenTypes;

    public bool HasSeen(Type type) => _seenTypes.Any(type.IsAssignableFrom);

    public void Add(object instance, CapturedSite? site)
    {
        var type = instance.GetType();
        if (!ReferenceEquals(type, _lastSeenType))
        {
            _seenTypes.Add(type);
            _lastSeenType = type;
        }

        var chunk = _count / ChunkSize;
        if (chunk == _chunks.Count)
        {
            _chunks.Add(new Entry[ChunkSize]);
        }

        _chunks[chunk][_count % ChunkSize] = new Entry(GCHandle.Alloc(instance, GCHandleType.Weak), site);
        _count++;
        Registered++;
        TrackingScope.HandleAllocated();
    }

    /// <summary>Counts registered objects of <paramref name="type"/> that are still alive; frees dead handles.</summary>
    public long CountLive(Type type)
    {
        Compact();
        long live = 0;
        for (var i = 0; i < _count; i++)
        {
            if (type.IsInstanceOfType(At(i).Handle.Target))
            {
                live++;
            }
        }

        return live;
    }

    /// <summary>Every live registered object's type and creation site; frees dead handles. Keeps none of the objects.</summary>
    public List<(Type Type, CreationSite? Site)> Survivors()
    {
        Compact();
        var survivors = new List<(Type, CreationSite?)>(_count);
        for (var i = 0; i < _count; i++)
        {
            if (At(i).Handle.Target is { } target)
            {
                survivors.Add((target.GetType(), At(i).Site?.Site));
            }
        }

        return survivors;
    }

    /// <summary>Creation sites of live objects of <paramref name="type"/>, for those that recorded one.</summary>
    public void AddSites(Type type, List<CreationSite> sites)
    {
        for (var i = 0; i < _count; i++)
        {
            var entry = At(i);
            if (entry.Site is not null && type.IsInstanceOfType(entry.Handle.Target))
            {
                sites.Add(entry.Site.Site);
            }
        }
    }

    /// <summary>Frees every handle; returns how many there were.</summary>
    public int Clear()
    {
        var freed = _count;
        for (var i = 0; i < _count; i++)
        {
            At(i).Handle.Free();
        }

        _count = 0;
        _chunks.Clear();
        _seenTypes.Clear();
        _lastSeenType = null;
        return freed;
    }

    private ref Entry At(int index) => ref _chunks[index / ChunkSize][index % ChunkSize];

    /// <summary>Frees the handles of collected objects and packs the live ones to the front.</summary>
    private void Compact()
    {
        var kept = 0;
        for (var i = 0; i < _count; i++)
        {
            var entry = At(i);
            if (entry.Handle.Target is null)
            {
                entry.Handle.Free();
                TrackingScope.HandleFreed();
                continue;
            }

            At(kept) = entry;
            kept++;
        }

        for (var i = kept; i < _count; i++)
        {
            At(i) = default;
        }

        _count = kept;
        var chunksNeeded = (kept + ChunkSize - 1) / ChunkSize;
        if (_chunks.Count > chunksNeeded)
        {
            _chunks.RemoveRange(chunksNeeded, _chunks.Count - chunksNeeded);
        }
    }

    private readonly record struct Entry(GCHandle Handle, CapturedSite? Site);
}
