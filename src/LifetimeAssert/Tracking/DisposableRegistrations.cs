namespace LifetimeAssert.Tracking;

/// <summary>The registrations of one check that also record disposal (see <see cref="LifetimeTracker.TrackDisposable{T}(T)"/>).</summary>
internal sealed class DisposableRegistrations
{
    private readonly object _gate = new();
    private readonly List<DisposalRecord> _records = [];

    // Records of released objects are dropped, so what was ever registered is remembered separately.
    private readonly HashSet<Type> _seenTypes = [];
    private bool _closed;
    private long _registered;

    /// <summary>How many registrations were made, released or not.</summary>
    public long Registered => Interlocked.Read(ref _registered);

    public DisposalRecord? Add(object instance, CapturedSite? site, bool isLease = false)
    {
        var record = new DisposalRecord(instance, site, isLease);
        lock (_gate)
        {
            if (!_closed)
            {
                _records.Add(record);
                _seenTypes.Add(record.Type);
                _registered++;
                TrackingScope.HandleAllocated();
                return record;
            }
        }

        record.Free();
        return null;
    }

    public IReadOnlyList<Type> SeenTypes()
    {
        lock (_gate)
        {
            return [.. _seenTypes];
        }
    }

    public bool HasSeen(Type type)
    {
        lock (_gate)
        {
            return _seenTypes.Any(type.IsAssignableFrom);
        }
    }

    /// <summary>Objects of <paramref name="type"/> alive or collected undisposed; drops records that no longer count.</summary>
    public long CountOutstanding(Type type)
    {
        lock (_gate)
        {
            Refresh();
            long count = 0;
            foreach (var record in _records)
            {
                if (type.IsAssignableFrom(record.Type))
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>How many counted objects of <paramref name="type"/> were collected without being disposed.</summary>
    public long CountCollectedUndisposed(Type type)
    {
        lock (_gate)
        {
            return _records.Count(r => r.IsCollected && !r.IsDisposed && type.IsAssignableFrom(r.Type));
        }
    }

    /// <summary>Every registration not disposed (or released) yet, alive or collected: what a swept test left behind.</summary>
    public List<DisposalRecord> Undisposed()
    {
        lock (_gate)
        {
            return _records.FindAll(r => !r.IsDisposed);
        }
    }

    public void AddSites(Type type, List<CreationSite> sites)
    {
        lock (_gate)
        {
            sites.AddRange(_records.Where(r => r.Site is not null && type.IsAssignableFrom(r.Type)).Select(r => r.Site!));
        }
    }

    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var record in _records)
            {
                if (record.Free())
                {
                    TrackingScope.HandleFreed();
                }
            }

            _records.Clear();
            _seenTypes.Clear();
        }
    }

    private void Refresh()
    {
        foreach (var record in _records)
        {
            if (record.Refresh())
            {
                TrackingScope.HandleFreed();
            }

            // A released lease of an object that lives on (back in its pool) is dropped below: free its handle now.
            if (!record.IsOutstanding && record.Free())
            {
                TrackingScope.HandleFreed();
            }
        }

        _records.RemoveAll(r => !r.IsOutstanding);
    }
}
