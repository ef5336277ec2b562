namespace LifetimeAssert.Docs.Snippets;

/// <summary>A disposable of the user's own, registered with its disposal so that an undisposed one counts.</summary>
public sealed class Connection : IDisposable
{
    private readonly DisposalToken _token;

    public Connection() => _token = LifetimeTracker.TrackDisposable(this);

    public void Dispose() => _token.MarkDisposed();
}
