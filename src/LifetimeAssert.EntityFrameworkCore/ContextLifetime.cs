using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LifetimeAssert.EntityFrameworkCore;

/// <summary>
/// What one context acquired and has not released yet: the context itself, its open connection, its open readers and
/// its transactions. EF creates one per context (a scoped service of its internal provider) when it builds the
/// context's services, calls it as an interceptor, resets it when a pooled context goes back to its pool and disposes
/// it with the context.
/// </summary>
/// <remarks>
/// A context is not thread-safe, and EF calls its interceptors from the operation in progress, so the state here is
/// touched by one thread at a time. Registrations are leases (<see cref="LifetimeTracker.TrackLease{T}(T)"/>) for the
/// objects EF reuses (the context in its pool, the connection it reopens) and disposables for the ones it uses once.
/// </remarks>
internal sealed partial class ContextLifetime : IInterceptor, IResettableService, IDisposable
{
    private readonly DbContext _context;
    private DisposalToken _contextLease;
    private bool _contextAcquired;
    private bool _disposed;

    public ContextLifetime(ICurrentDbContext currentContext)
    {
        _context = currentContext.Context;

        // EF builds a context's services on its first use, from the user's code: that is the site a leak names.
        Acquire();
    }

    public void ResetState() => Release();

    public Task ResetStateAsync(CancellationToken cancellationToken = default)
    {
        Release();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        // EF disposes the context's services when the context is disposed for good (not when it goes back to its pool).
        _disposed = true;
        Release();
    }

    /// <summary>
    /// Database work is starting: a pooled context that came back from its pool is acquired again, and transactions
    /// ended behind EF's interceptors (disposed without commit on a connection left open) are released.
    /// </summary>
    private void Acquire()
    {
        if (!_contextAcquired && !_disposed)
        {
            _contextLease = LifetimeTracker.TrackLease(_context);
            _contextAcquired = true;
        }

        ReleaseEndedTransactions();
    }

    /// <summary>The context was disposed or returned to its pool: it and everything it still held are released.</summary>
    private void Release()
    {
        ReleaseConnection();
        _contextLease.MarkDisposed();
        _contextLease = default;
        _contextAcquired = false;
    }
}
