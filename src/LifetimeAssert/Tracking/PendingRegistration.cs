using LifetimeAssert.Tracking;

namespace LifetimeAssert;

/// <summary>
/// A registration decided before the object exists, from <see cref="LifetimeTracker.CaptureRegistration{T}"/>: it keeps
/// the check the object will belong to and the caller's creation site, for a hook that creates its object after an
/// await. There, the object is built in a continuation whose stack holds no user frame and whose flow may have left the
/// check, so registering it then would lose the site or the check.
/// </summary>
/// <remarks>
/// Outside a check it holds nothing and registers nothing. The default value registers like
/// <see cref="LifetimeTracker.TrackDisposable{T}(T)"/> at the time of <see cref="TrackDisposable{T}(T)"/>.
/// </remarks>
/// <example>
/// <code>
/// var registration = LifetimeTracker.CaptureRegistration&lt;TrackedReader&gt;();
/// var inner = await command.ExecuteReaderAsync(ct);
/// return new TrackedReader(inner, registration);   // its constructor: _token = registration.TrackDisposable(this);
/// </code>
/// </example>
public readonly struct PendingRegistration
{
    private readonly TrackingScope? _scope;
    private readonly CapturedSite? _site;
    private readonly bool _shared;
    private readonly bool _captured;
    private readonly bool _ownedLater;

    internal PendingRegistration(TrackingScope? scope, CapturedSite? site, bool shared, bool ownedLater = false)
    {
        _scope = scope;
        _site = site;
        _shared = shared;
        _captured = true;
        _ownedLater = ownedLater;
    }

    /// <summary>
    /// Registers <paramref name="instance"/> with its disposal, with the captured check and creation site; see
    /// <see cref="LifetimeTracker.TrackDisposable{T}(T)"/> for what that counts.
    /// </summary>
    /// <typeparam name="T">The instance's static type.</typeparam>
    /// <param name="instance">The object the registration was captured for.</param>
    /// <returns>The token to mark the object disposed; empty when no check was running at the capture.</returns>
    public DisposalToken TrackDisposable<T>(T instance)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (!_captured)
        {
            return LifetimeTracker.TrackDisposable(instance);
        }

        if (_ownedLater)
        {
            // A leak check where it is created counts it; otherwise the owner captured earlier (see CaptureOwner).
            var owner = Registration.Owner(instance.GetType()) is { Sweep: null } check ? check : _scope;
            if (owner is null)
            {
                return default;
            }

            var site = owner.CaptureSite(instance.GetType(), out var shared);
            return owner.AddDisposable(instance, site, shared) is { } owned ? new DisposalToken(owned) : default;
        }

        return _scope?.AddDisposable(instance, _site, _shared) is { } record ? new DisposalToken(record) : default;
    }

    /// <summary>
    /// Registers one acquisition of <paramref name="instance"/>, with the captured check and creation site; see
    /// <see cref="LifetimeTracker.TrackLease{T}(T)"/> for what that counts.
    /// </summary>
    /// <typeparam name="T">The instance's static type.</typeparam>
    /// <param name="instance">The object the registration was captured for.</param>
    /// <returns>The token that ends the lease; empty when no check was running at the capture.</returns>
    public DisposalToken TrackLease<T>(T instance)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (!_captured)
        {
            return LifetimeTracker.TrackLease(instance);
        }

        return _scope?.AddLease(instance, _site, _shared) is { } record ? new DisposalToken(record) : default;
    }
}
