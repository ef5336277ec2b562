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

    private PendingRegistration(TrackingScope scope, CreationSite? site)
    {
        _scope = scope;
        _site = site;
    }

    /// <summary>Captures the running check and the caller's site, before the provider's task is awaited.</summary>
    public static PendingRegistration Capture(Type wrapperType) =>
        TrackingScope.Current is { } scope
            ? new PendingRegistration(scope, scope.IsCapturingSites ? CreationSite.Capture(wrapperType) : null)
            : default;

    /// <summary>Registers <paramref name="wrapper"/>: with the captured site if one was captured, else as usual.</summary>
    public DisposalToken Register(object wrapper)
    {
        if (_scope is null)
        {
            return LifetimeTracker.TrackDisposable(wrapper);
        }

        return _scope.Disposables.Add(wrapper, _site) is { } record ? new DisposalToken(record) : default;
    }
}
