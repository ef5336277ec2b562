using System.Runtime.InteropServices;

namespace LifetimeAssert.Tracking;

/// <summary>
/// One object registered with its disposal: a weak handle while it lives, and whether it was disposed, which
/// outlives the object — a connection collected without Dispose was still never given back to its pool.
/// </summary>
/// <remarks>
/// A lease (<paramref name="isLease"/>) is one acquisition of an object that is reused after its release (a pooled
/// context back in its pool, a connection closed and kept for reopening): released, it stops counting although the
/// object lives on; the next acquisition is a new record.
/// </remarks>
internal sealed class DisposalRecord(object instance, CapturedSite? site, bool isLease = false)
{
    private GCHandle _handle = GCHandle.Alloc(instance, GCHandleType.Weak);
    private int _disposed;

    public Type Type { get; } = instance.GetType();

    /// <summary>Where the object was created, described when first read.</summary>
    public CreationSite? Site => site?.Site;

    /// <summary>True for one acquisition of a reused object, released rather than disposed.</summary>
    public bool IsLease { get; } = isLease;

    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>True once the object was found collected; its handle is freed then.</summary>
    public bool IsCollected { get; private set; }

    /// <summary>
    /// Alive, or collected without being disposed: the object still counts against its type. A lease counts until it
    /// is released, alive or not.
    /// </summary>
    public bool IsOutstanding => IsLease ? !IsDisposed : !IsCollected || !IsDisposed;

    public void MarkDisposed() => Volatile.Write(ref _disposed, 1);

    /// <summary>Checks whether the object was collected; frees the handle when it was. Returns true when it freed one.</summary>
    public bool Refresh()
    {
        if (IsCollected || _handle.Target is not null)
        {
            return false;
        }

        Free();
        return true;
    }

    /// <summary>Frees the handle; returns true when there was one to free.</summary>
    public bool Free()
    {
        if (IsCollected)
        {
            return false;
        }

        IsCollected = true;
        _handle.Free();
        return true;
    }
}
