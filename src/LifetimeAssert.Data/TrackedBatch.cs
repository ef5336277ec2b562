using System.Data.Common;

namespace LifetimeAssert.Data;

/// <summary>
/// A provider's batch (where <see cref="DbConnection.CanCreateBatch"/>), registered with the running leak check
/// like a command: it counts against <c>Track&lt;DbBatch&gt;()</c> while it lives and after it is collected
/// undisposed. Readers it executes are tracked, and a successful <see cref="Prepare"/> counts each distinct
/// command text as a prepared statement on its connection.
/// </summary>
/// <remarks>
/// <see cref="DbBatch.BatchCommands"/> is the provider's own collection. Provider-specific members are not visible
/// through this type, and casting it to the provider's type fails: use <see cref="Inner"/>.
/// </remarks>
public sealed class TrackedBatch : DbBatch
{
    private readonly DbBatch _inner;
    private readonly DisposalToken _token;
    private DbConnection? _connection;
    private TrackedTransaction? _transaction;

    internal TrackedBatch(DbBatch inner, TrackedConnection? connection)
    {
        _inner = inner;
        _connection = connection;
        _transaction = connection?.CurrentTransaction;
        _token = LifetimeTracker.TrackDisposable(this);
    }

    /// <summary>The provider's batch, for provider-specific members. Work done on it directly is not tracked.</summary>
    public DbBatch Inner => _inner;

    /// <inheritdoc/>
    public override int Timeout
    {
        get => _inner.Timeout;
        set => _inner.Timeout = value;
    }

    /// <inheritdoc/>
    protected override DbBatchCommandCollection DbBatchCommands => _inner.BatchCommands;

    /// <inheritdoc/>
    protected override DbConnection? DbConnection
    {
        get => _connection;
        set
        {
            _inner.Connection = Unwrap.Connection(value);
            _connection = value;
        }
    }

    /// <inheritdoc/>
    protected override DbTransaction? DbTransaction
    {
        get => Unwrap.Current(_transaction, _inner.Transaction);
        set
        {
            _inner.Transaction = Unwrap.Transaction(value);
            _transaction = value as TrackedTransaction;
        }
    }

    /// <inheritdoc/>
    public override void Cancel() => _inner.Cancel();

    /// <inheritdoc/>
    public override int ExecuteNonQuery() => _inner.ExecuteNonQuery();

    /// <inheritdoc/>
    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken = default) =>
        _inner.ExecuteNonQueryAsync(cancellationToken);

    /// <inheritdoc/>
    public override object? ExecuteScalar() => _inner.ExecuteScalar();

    /// <inheritdoc/>
    public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken = default) =>
        _inner.ExecuteScalarAsync(cancellationToken);

    /// <inheritdoc/>
    public override void Prepare()
    {
        _inner.Prepare();
        NotePrepared();
    }

    /// <inheritdoc/>
    public override async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        await _inner.PrepareAsync(cancellationToken).ConfigureAwait(false);
        NotePrepared();
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        _inner.Dispose();
        _token.MarkDisposed();
    }

    /// <inheritdoc/>
    public override async ValueTask DisposeAsync()
    {
        await _inner.DisposeAsync().ConfigureAwait(false);
        _token.MarkDisposed();
    }

    /// <inheritdoc/>
    protected override DbBatchCommand CreateDbBatchCommand() => _inner.CreateBatchCommand();

    /// <inheritdoc/>
    protected override DbDataReader ExecuteDbDataReader(System.Data.CommandBehavior behavior) =>
        new TrackedDataReader(_inner.ExecuteReader(behavior), default);

    /// <inheritdoc/>
    protected override Task<DbDataReader> ExecuteDbDataReaderAsync(System.Data.CommandBehavior behavior, CancellationToken cancellationToken) =>
        TrackedDataReader.WrapAsync(_inner.ExecuteReaderAsync(behavior, cancellationToken));

    private void NotePrepared()
    {
        if (_connection is TrackedConnection connection)
        {
            foreach (DbBatchCommand command in _inner.BatchCommands)
            {
                connection.NotePrepared(command.CommandText);
            }
        }
    }
}
