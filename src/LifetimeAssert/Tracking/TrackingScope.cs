namespace LifetimeAssert.Tracking;

/// <summary>
/// The registrations of one check, or of one test under the sweep. It flows with the async context of the body, so
/// parallel checks do not see each other's objects; it frees every handle it allocated when disposed. Registrations
/// made outside every check's flow reach it only when it runs alone (see <see cref="ActiveChecks"/>).
/// </summary>
internal sealed class TrackingScope : IDisposable
{
    private static readonly AsyncLocal<TrackingScope?> CurrentScope = new();
    private static long _liveHandles;

    private readonly object _gate = new();
    private readonly WeakRegistrations _weak = new();
    private readonly Dictionary<Type, long> _uncountedOffFlow = [];
    private long _countedOffFlow;
    private long _shared;
    private bool _captureSites;
    private volatile bool _disposed;

    /// <summary>A check's scope.</summary>
    /// <param name="runsAlone">True when the adapter guarantees that no other test runs while this check does.</param>
    public TrackingScope(bool runsAlone)
        : this(runsAlone, sweep: null)
    {
    }

    /// <summary>A check's scope, or a swept test's when <paramref name="sweep"/> is given.</summary>
    public TrackingScope(bool runsAlone, SweepPolicy? sweep)
    {
        RunsAlone = runsAlone;
        Sweep = sweep;
        _captureSites = sweep is not null;
        Parent = Current is { IsClosed: false } parent ? parent : null;
    }

    /// <summary>The scope of the check running in this async flow, if any.</summary>
    public static TrackingScope? Current => CurrentScope.Value;

    /// <summary>Weak handles held by all scopes in the process; used to prove the engine leaks none.</summary>
    public static long LiveHandles => Interlocked.Read(ref _liveHandles);

    /// <summary>True when the adapter guarantees that no other test runs while this check does.</summary>
    public bool RunsAlone { get; }

    /// <summary>What the scope keeps for a swept test, or null for a check.</summary>
    public SweepPolicy? Sweep { get; }

    /// <summary>The open scope that was current where this one was created: a swept test around a check, say.</summary>
    public TrackingScope? Parent { get; }

    /// <summary>True once the check ended; registrations that still reach it are ignored.</summary>
    public bool IsClosed => _disposed;

    /// <summary>Objects registered outside the check's async flow and counted, because the check ran alone.</summary>
    public long CountedOffFlow => Interlocked.Read(ref _countedOffFlow);

    /// <summary>Registrations a static initializer or a lazily created singleton made in a swept test, left to no test.</summary>
    public long SharedRegistrations => Interlocked.Read(ref _shared);

    /// <summary>Every registration this scope kept, of any kind.</summary>
    public long Registered
    {
        get
        {
            lock (_gate)
            {
                return _weak.Registered + Disposables.Registered;
            }
        }
    }

    /// <summary>Registrations that also record whether the object was disposed.</summary>
    public DisposableRegistrations Disposables { get; } = new();

    /// <summary>True during the confirmation runs of a check, and always in a swept test: registrations record where they were created.</summary>
    public bool IsCapturingSites => Volatile.Read(ref _captureSites);

    public static void HandleAllocated() => Interlocked.Increment(ref _liveHandles);

    public static void HandleFreed() => Interlocked.Decrement(ref _liveHandles);

    public static void Restore(TrackingScope? previous) => CurrentScope.Value = previous;

    /// <summary>True when this scope is <paramref name="other"/> or was created inside it.</summary>
    public bool IsWithin(TrackingScope other)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (ReferenceEquals(scope, other))
            {
                return true;
            }
        }

        return false;
    }

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

    /// <summary>Makes this scope current for the calling flow and returns the one it replaced.</summary>
    public TrackingScope? Enter()
    {
        var previous = CurrentScope.Value;
        CurrentScope.Value = this;
        return previous;
    }

    /// <summary>Creation sites cost a stack trace each, so a check captures them only when asked for.</summary>
    public void CaptureCreationSites(bool capture)
    {
        lock (_gate)
        {
            _captureSites = capture || Sweep is not null;
        }
    }

    public DisposalRecord? AddDisposable(object instance) => AddDisposable(instance, CaptureSite(instance, out var shared), shared);

    /// <summary>Registers an object with its disposal and a site captured earlier (before an await, say).</summary>
    public DisposalRecord? AddDisposable(object instance, CapturedSite? site, bool shared = false)
    {
        NoteIfOffFlow();
        return KeepsShared(shared) ? Disposables.Add(instance, site) : null;
    }

    /// <summary>Registers one acquisition of a reused object (see <see cref="LifetimeTracker.TrackLease{T}(T)"/>).</summary>
    public DisposalRecord? AddLease(object instance, CapturedSite? site, bool shared = false)
    {
        NoteIfOffFlow();
        return KeepsShared(shared) ? Disposables.Add(instance, site, isLease: true) : null;
    }

    public DisposalRecord? AddLease(object instance) => AddLease(instance, CaptureSite(instance, out var shared), shared);

    /// <summary>Registers an object with <see cref="LifetimeTracker.Track{T}(T)"/>; a swept test keeps only the types it must see collected.</summary>
    public void Add(object instance)
    {
        if (Sweep is { } sweep && !sweep.Tracks(instance.GetType()))
        {
            return;
        }

        AddWeak(instance);
    }

    /// <summary>Registers an object that must be gone once the swept test has ended (<see cref="LifetimeTracker.ExpectCollected"/>).</summary>
    public void AddExpectedCollected(object instance)
    {
        if (Sweep is { KeepsCollected: true, Exempt: false })
        {
            AddWeak(instance);
        }
    }

    /// <summary>Captures a site now, for a registration made after an await (see <see cref="PendingRegistration"/>).</summary>
    public CapturedSite? CaptureSite(Type createdType, out bool shared)
    {
        shared = false;
        return !IsCapturingSites || Sweep is { Exempt: true } ? null
            : Sweep is null ? CreationSite.Capture(createdType)
            : CreationSite.CaptureInTest(createdType, out shared);
    }

    /// <summary>Every type of which an instance was registered.</summary>
    public IReadOnlyList<Type> SeenTypes()
    {
        lock (_gate)
        {
            return [.. _weak.SeenTypes, .. Disposables.SeenTypes()];
        }
    }

    /// <summary>True when an instance of <paramref name="type"/> (or a derived type) was ever registered.</summary>
    public bool HasSeen(Type type)
    {
        lock (_gate)
        {
            return _weak.HasSeen(type) || Disposables.HasSeen(type);
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
            return _weak.CountLive(type) + Disposables.CountOutstanding(type);
        }
    }

    /// <summary>Live objects registered with <see cref="LifetimeTracker.Track{T}(T)"/> or as expected to be collected: their types and sites.</summary>
    public List<(Type Type, CreationSite? Site)> WeakSurvivors()
    {
        lock (_gate)
        {
            return _weak.Survivors();
        }
    }

    /// <summary>How many objects are registered to be seen collected (alive or not yet found collected).</summary>
    public bool HasWeakRegistrations
    {
        get
        {
            lock (_gate)
            {
                return _weak.SeenTypes.Any();
            }
        }
    }

    /// <summary>Creation sites of live objects of <paramref name="type"/>, for those that recorded one.</summary>
    public List<CreationSite> SitesOfSurvivors(Type type)
    {
        var sites = new List<CreationSite>();
        lock (_gate)
        {
            _weak.AddSites(type, sites);
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
            Interlocked.Add(ref _liveHandles, -_weak.Clear());
            _uncountedOffFlow.Clear();
        }
    }

    private void AddWeak(object instance)
    {
        NoteIfOffFlow();
        var site = CaptureSite(instance, out var shared);
        lock (_gate)
        {
            if (!_disposed && KeepsShared(shared))
            {
                _weak.Add(instance, site);
            }
        }
    }

    private void NoteIfOffFlow()
    {
        if (!ReferenceEquals(CurrentScope.Value, this))
        {
            Interlocked.Increment(ref _countedOffFlow);
        }
    }

    /// <summary>False (and counted) for what a static initializer or a lazy singleton registered in a swept test; false in an exempt test.</summary>
    private bool KeepsShared(bool shared)
    {
        if (Sweep is { Exempt: true })
        {
            return false;
        }

        if (shared)
        {
            Interlocked.Increment(ref _shared);
        }

        return !shared;
    }

    private CapturedSite? CaptureSite(object instance, out bool shared) => CaptureSite(instance.GetType(), out shared);
}
