using LifetimeAssert.Tracking;

namespace LifetimeAssert;

/// <summary>
/// Returned by <see cref="LifetimeTracker.TrackDisposable{T}(T)"/>; call <see cref="MarkDisposed"/> from the
/// object's <c>Dispose</c>. Outside a check it is empty and costs nothing.
/// </summary>
public readonly struct DisposalToken
{
    private readonly DisposalRecord? _record;

    internal DisposalToken(DisposalRecord record) => _record = record;

    /// <summary>Records that the object was disposed; calling it again does nothing.</summary>
    public void MarkDisposed() => _record?.MarkDisposed();
}
