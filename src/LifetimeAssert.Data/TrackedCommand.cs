using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace LifetimeAssert.Data;

/// <summary>
/// A provider's command, registered with the running leak check: it counts against <c>Track&lt;DbCommand&gt;()</c>
/// while it lives and after it is collected undisposed. Readers it executes are tracked too, and a successful
/// <see cref="Prepare"/> counts a prepared statement on its connection (see <see cref="DataProbes"/>).
/// </summary>
/// <remarks>
/// <see cref="DbCommand.Connection"/> and <see cref="DbCommand.Transaction"/> accept tracked or provider objects
/// and hand the provider's to <see cref="Inner"/>. Parameters are the provider's own collection. Provider-specific
/// members are not visible through this type, and casting it to the provider's type fails: use <see cref="Inner"/>.
/// </remarks>
public sealed class TrackedCommand : DbCommand
{
    private readonly DbCommand _inner;
    private readonly DisposalToken _token;
    private DbConnection? _connection;
    private TrackedTransaction? _transaction;

    internal TrackedCommand(DbCommand inner, TrackedConnection? connection)
    {
        _inner = inner;
        _connection = connection;

        // A provider may enlist a new command in its connection's transaction (Microsoft.Data.Sqlite does).
        _transaction = connection?.CurrentTransaction;
        _token = LifetimeTracker.TrackDisposable(this);
    }

    /// <summary>The provider's command, for provider-specific members. Work done on it directly is not tracked.</summary>
    public DbCommand Inner => _inner;

    /// <inheritdoc/>
    [AllowNull]
    public override string CommandText
    {
        get => _inner.CommandText;
        set => _inner.CommandText = value;
    }

    /// <inheritdoc/>
    public override int CommandTimeout
    {
        get => _inner.CommandTimeout;
        set => _inner.CommandTimeout = value;
    }

    /// <inheritdoc/>
    public override CommandType CommandType
    {
        get => _inner.CommandType;
        set => _inner.CommandType = value;
    }

    /// <inheritdoc/>
    public override bool DesignTimeVisible
    {
        get => _inner.DesignTimeVisible;
        set => _inner.DesignTimeVisible = value;
    }

    /// <inheritdoc/>
    public override UpdateRowSource UpdatedRowSource
    {
        get => _inner.UpdatedRowSource;
        set => _inner.UpdatedRowSource = value;
    }

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
    protected override DbParameterCollection DbParameterCollection => _inner.Parameters;

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
    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) => _inner.ExecuteNonQueryAsync(cancellationToken);

    /// <inheritdoc/>
    public override object? ExecuteScalar() => _inner.ExecuteScalar();

    /// <inheritdoc/>
    public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken) => _inner.ExecuteScalarAsync(cancellationToken);

    /// <inheritdoc/>
    public override void Prepare()
    {
        _inner.Prepare();
        (_connection as TrackedConnection)?.NotePrepared(_inner.CommandText);
    }

    /// <inheritdoc/>
    public override async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        await _inner.PrepareAsync(cancellationToken).ConfigureAwait(false);
        (_connection as TrackedConnection)?.NotePrepared(_inner.CommandText);
    }

    /// <inheritdoc/>
    public override async ValueTask DisposeAsync()
    {
        await _inner.DisposeAsync().ConfigureAwait(false);
        _token.MarkDisposed();
        base.Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc/>
    protected override DbParameter CreateDbParameter() => _inner.CreateParameter();

    /// <inheritdoc/>
    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) =>
        new TrackedDataReader(_inner.ExecuteReader(behavior), default);

    /// <inheritdoc/>
    protected override Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
        TrackedDataReader.WrapAsync(_inner.ExecuteReaderAsync(behavior, cancellationToken));

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            _token.MarkDisposed();
        }

        base.Dispose(disposing);
    }
}
