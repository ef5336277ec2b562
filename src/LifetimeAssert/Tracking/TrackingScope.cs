using System.Runtime.InteropServices;

namespace LifetimeAssert.Tracking;

/// <summary>
/// The weak registrations of one check. It flows with the async context of the body, so parallel checks
/// do not see each other's objects; it frees every handle it allocated when disposed. Registrations made outside
/// every check's flow reach it only when it runs alone (see <see cref="ActiveChecks"/>).
/// </summary>
internal sealed class TrackingScope(bool runsAlone) : IDisposable
{
    private const int ChunkSize = 1024;

    private static readonly AsyncLocal<TrackingScope?> CurrentScope = new();
    private static long _liveHandles;

    private readonly object _gate = new();
    private readonly List<Entry[]> _chunks = [];
    private readonly HashSet<Type> _seenTypes = [];
    private Type? _lastSeenType;
    private readonly Dictionary<Type, long> _uncountedOffFlow = [];
    private int _count;
    private long _countedOffFlow;
    private bool _captureSites;
    private volatile bool _disposed;

    /// <summary>The scope of the check running in this async flow, if any.</summary>
    public static TrackingScope? Current => CurrentScope.Value;

    /// <summary>Weak handles held by all scopes in the process; used to prove the engine leaks none.</summary>
    public static long LiveHandles => Interlocked.Read(ref _liveHandles);

    /// <summary>True when the adapter guarantees that no other test runs while this check does.</summary>
    public bool RunsAlone { get; } = runsAlone;

    /// <summary>True once the check ended; registrations that still reach it are ignored.</summary>
    public bool IsClosed => _disposed;

    /// <summary>Objects registered outside the check's async flow and counted, because the check ran alone.</summary>
    public long CountedOffFlow => Interlocked.Read(ref _countedOffFlow);

    /// <summary>Registrations seen outside every check's flow that no check counted, by type.</summary>
    public IReadOnlyDictionary<Type, long> UncountedOffFlow()
    {
        lock (_gate)
        {
            return new Dictionary<Type, long>(_uncountedOffFlow);
        }
    }

    /// <summary>Records an off-flow registration that could not be attributed to this check.</summary>
    public void NoteUncountedOffFlow(Type type)
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _uncountedOffFlow[type] = _uncountedOffFlow.GetValueOrDefault(type) + 1;
            }
        }
    }

    /// <summary>Registrations that also record whether the object was disposed.</summary>
    public DisposableRegistrations Disposables { get; } = new();

    public static void HandleAllocated() => Interlocked.Increment(ref _liveHandles);

    public static void HandleFreed() => Interlocked.Decrement(ref _liveHandles);

    /// <summary>Makes this scope current for the calling flow and returns the one it replaced.</summary>
    public TrackingScope? Enter()
    {
        var previous = CurrentScope.Value;
        CurrentScope.Value = this;
        return previous;
    }

    public static void Restore(TrackingScope? previous) => CurrentScope.Value = previous;

    /// <summary>True during the confirmation runs, when registrations record where they were created.</summary>
    public bool IsCapturingSites => Volatile.Read(ref _captureSites);

    /// <summary>Creation sites cost a stack trace each, so they are captured only when asked for.</summary>
    public void CaptureCreationSites(bool capture)
    {
        lock (_gate)
        {
            _captureSites = capture;
        }
    }

    public DisposalRecord? AddDisposable(object instance) => AddDisposable(instance, CaptureSite(instance));

    /// <summary>Registers an object with its disposal and a site captured earlier (before an await, say).</summary>
    public DisposalRecord? AddDisposable(object instance, CreationSite? site)
    {
        NoteIfOffFlow();
        return Disposables.Add(instance, site);
    }

    /// <summary>Registers one acquisition of a reused object (see <see cref="LifetimeTracker.TrackLease{T}(T)"/>).</summary>
    public DisposalRecord? AddLease(object instance, CreationSite? site)
    {
        NoteIfOffFlow();
        return Disposables.Add(instance, site, isLease: true);
    }

    public DisposalRecord? AddLease(object instance) => AddLease(instance, CaptureSite(instance));

    private void NoteIfOffFlow()
    {
        if (!ReferenceEquals(CurrentScope.Value, this))
        {
            Interlocked.Increment(ref _countedOffFlow);
        }
    }

    private CreationSite? CaptureSite(object instance) =>
        Volatile.Read(ref _captureSites) ? CreationSite.Capture(instance.GetType()) : null;

    public void Add(object instance)
    {
        NoteIfOffFlow();
        var site = CaptureSite(instance);
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

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
            HandleAllocated();
        }
    }

    /// <summary>Every type of which an instance was registered.</summary>
    public IReadOnlyList<Type> SeenTypes()
    {
        lock (_gate)
        {
            return [.. _seenTypes, .. Disposables.SeenTypes()];
        }
    }

    /// <summary>True when an instance of <paramref name="type"/> (or a derived type) was ever registered.</summary>
    public bool HasSeen(Type type)
    {
        lock (_gate)
        {
            return _seenTypes.Any(type.IsAssignableFrom) || Disposables.HasSeen(type);
        }
    }

    /// <summary>
    /// Counts registered objects of <paramref name="type"/> that are still alive, plus those registered with their
    /// disposal that were collected without being disposed; frees dead handles.
    /// </summary>
    public long CountLive(Type type)
    {
        lock (_gate)
        {
            Compact();
            long live = 0;
            for (var i = 0; i < _count; i++)
            {
                if (type.IsInstanceOfType(_chunks[i / ChunkSize][i % ChunkSize].Handle.Target))
                {
                    live++;
                }
            }

            return live + Disposables.CountOutstanding(type);
        }
    }

    /// <summary>Creation sites of live objects of <paramref name="type"/>, for those that recorded one.</summary>
    public List<CreationSite> SitesOfSurvivors(Type type)
    {
        var sites = new List<CreationSite>();
        lock (_gate)
        {
            for (var i = 0; i < _count; i++)
            {
                var entry = _chunks[i / ChunkSize][i % ChunkSize];
                if (entry.Site is not null && type.IsInstanceOfType(entry.Handle.Target))
                {
                    sites.Add(entry.Site);
                }
            }
        }

        Disposables.AddSites(type, sites);

        return sites;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            Disposables.Close();
            for (var i = 0; i < _count; i++)
            {
                _chunks[i / ChunkSize][i % ChunkSize].Handle.Free();
            }

            Interlocked.Add(ref _liveHandles, -_count);
            _count = 0;
            _chunks.Clear();
            _seenTypes.Clear();
            _uncountedOffFlow.Clear();
            _lastSeenType = null;
        }
    }

    /// <summary>Frees the handles of collected objects and packs the live ones to the front.</summary>
    private void Compact()
    {
        var kept = 0;
        for (var i = 0; i < _count; i++)
        {
            var entry = _chunks[i / ChunkSize][i % ChunkSize];
            if (entry.Handle.Target is null)
            {
                entry.Handle.Free();
                HandleFreed();
                continue;
            }

            _chunks[kept / ChunkSize][kept % ChunkSize] = entry;
            kept++;
        }

        for (var i = kept; i < _count; i++)
        {
            _chunks[i / ChunkSize][i % ChunkSize] = default;
        }

        _count = kept;
        var chunksNeeded = (kept + ChunkSize - 1) / ChunkSize;
        if (_chunks.Count > chunksNeeded)
        {
            _chunks.RemoveRange(chunksNeeded, _chunks.Count - chunksNeeded);
        }
    }

    private readonly record struct Entry(GCHandle Handle, CreationSite? Site);
}
