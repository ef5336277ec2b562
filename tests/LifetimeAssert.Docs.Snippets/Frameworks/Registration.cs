namespace LifetimeAssert.Docs.Snippets.Frameworks;

// begin-snippet: frameworks-register
public sealed class Basket
{
    public Basket() => LifetimeTracker.Track(this);   // counted by Track<Basket>() while it lives
}

public sealed class PooledBuffer : IDisposable
{
    private readonly DisposalToken _token;

    public PooledBuffer() => _token = LifetimeTracker.TrackDisposable(this);   // also counted when collected undisposed

    public void Dispose() => _token.MarkDisposed();
}
// end-snippet
