using System.Data;
using System.Data.Common;

namespace LifetimeAssert.Data;

/// <summary>
/// A provider's transaction, registered with the running leak check: it counts against
/// <c>Track&lt;DbTransaction&gt;()</c> while it lives and after it is collected without having been committed,
/// rolled back or disposed. Any of those three counts as release.
/// </summary>
/// <remarks>
/// Closing the connection rolls an open transaction back on the server, but the transaction is still reported
/// when it was neither committed, rolled back nor disposed: an abandoned transaction loses its work silently.
/// Assign it to a <see cref="TrackedCommand"/> or <see cref="TrackedBatch"/>, which hand <see cref="Inner"/> to
/// the provider. Provider-specific members are not visible through this type: use <see cref="Inner"/>.
/// </remarks>
public sealed class TrackedTransaction : DbTransaction
{
    private readonly DbTransaction _inner;
    private readonly TrackedConnection _connection;
    private readonly DisposalToken _token;

    internal TrackedTransaction(DbTransaction inner, TrackedConnection connection, PendingRegistration registration)
    {
        _inner = inner;
        _connection = connection;
        _token = registration.TrackDisposable(this);
        connection.TransactionBegun(this);
    }

    /// <summary>The provider's transaction, for provider-specific members. Work done on it directly is not tracked.</summary>
    public DbTransaction Inner => _inner;

    /// <inheritdoc/>
    public override IsolationLevel IsolationLevel => _inner.IsolationLevel;

    /// <inheritdoc/>
    public override bool SupportsSavepoints => _inner.SupportsSavepoints;

    /// <inheritdoc/>
    /// <remarks>Null once the provider detaches its transaction from the connection (usually after it ended).</remarks>
    protected override DbConnection? DbConnection => _inner.Connection is null ? null : _connection;

    /// <inheritdoc/>
    public override void Commit()
    {
        _inner.Commit();
        Ended();
    }

    /// <inheritdoc/>
    public override async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await _inner.CommitAsync(cancellationToken).ConfigureAwait(false);
        Ended();
    }

    /// <inheritdoc/>
    public override void Rollback()
    {
        _inner.Rollback();
        Ended();
    }

    /// <inheritdoc/>
    public override async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        await _inner.RollbackAsync(cancellationToken).ConfigureAwait(false);
        Ended();
    }

    /// <inheritdoc/>
    public override void Save(string savepointName) => _inner.Save(savepointName);

    /// <inheritdoc/>
    public override Task SaveAsync(string savepointName, CancellationToken cancellationToken = default) =>
        _inner.SaveAsync(savepointName, cancellationToken);

    /// <inheritdoc/>
    public override void Rollback(string savepointName) => _inner.Rollback(savepointName);

    /// <inheritdoc/>
    public override Task RollbackAsync(string savepointName, CancellationToken cancellationToken = default) =>
        _inner.RollbackAsync(savepointName, cancellationToken);

    /// <inheritdoc/>
    public override void Release(string savepointName) => _inner.Release(savepointName);

    /// <inheritdoc/>
    public override Task ReleaseAsync(string savepointName, CancellationToken cancellationToken = default) =>
        _inner.ReleaseAsync(savepointName, cancellationToken);

    /// <inheritdoc/>
    public override async ValueTask DisposeAsync()
    {
        await _inner.DisposeAsync().ConfigureAwait(false);
        Ended();
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            Ended();
        }

        base.Dispose(disposing);
    }

    private void Ended()
    {
        _token.MarkDisposed();
        _connection.TransactionEnded(this);
    }
}
