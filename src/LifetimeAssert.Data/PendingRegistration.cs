namespace LifetimeAssert.Data;

/// <summary>
/// Registers a wrapper created after an await. When the provider completes asynchronously, the wrapper is built
/// in a continuation whose stack holds no user frame (only the runtime's continuation frames), so the creation
/// site is captured at the call instead — like every site, only during a check's confirmation runs.
/// </summary>
internal readonly struct PendingRegistration
{
    private readonly TrackingScope? _scope;
    private readonly CreationSite? _site;
    private readonly bool _captured;

    private PendingRegistration(TrackingScope? scope, CreationSite? site)
    {
        _scope = scope;
        _site = site;
        _captured = true;
    }

    /// <summary>
    /// Captures the check the wrapper will belong to (the one in the caller's flow, or the one that owns off-flow
    /// registrations) and the caller's site, before the provider's task is awaited.
    /// </summary>
    public static PendingRegistration Capture(Type wrapperType) =>
        Registration.Owner(wrapperType) is { } scope
            ? new PendingRegistration(scope, scope.IsCapturingSites ? CreationSite.Capture(wrapperType) : null)
            : new PendingRegistration(null, null);

    /// <summary>
    /// Registers <paramref name="wrapper"/> with the captured check and site; an uncaptured (default) registration is
    /// made now, as usual.
    /// </summary>
    public DisposalToken Register(object wrapper)
    {
        if (!_captured)
        {
            return LifetimeTracker.TrackDisposable(wrapper);
        }

        return _scope?.AddDisposable(wrapper, _site) is { } record ? new DisposalToken(record) : default;
    }
}
