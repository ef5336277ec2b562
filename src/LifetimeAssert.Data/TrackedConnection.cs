using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace LifetimeAssert.Data;

/// <summary>
/// A provider's connection, registered with the running leak check: it counts against
/// <c>Track&lt;DbConnection&gt;()</c> while it lives and, if it is collected without being closed or disposed,
/// afterwards too (its pooled connection was never given back). Commands, batches and transactions it creates
/// are tracked the same way.
/// </summary>
/// <remarks>
/// <para>
/// <b>Close counts as release.</b> <see cref="Close"/> returns a pooled connection to its pool just as
/// <c>Dispose</c> does, so a connection that was closed (by <see cref="Close"/>, <see cref="CloseAsync"/>,
/// <c>Dispose</c>, or a reader executed with <see cref="CommandBehavior.CloseConnection"/>) no longer counts once
/// it is collected. One opened again after that and then abandoned counts only while it lives.
/// </para>
/// <para>
/// Provider-specific members (a <c>NpgsqlConnection</c>'s or <c>SqliteConnection</c>'s own API) are not visible
/// through this type, and casting it to the provider's type fails: use <see cref="Inner"/> for them. Work done on
/// <see cref="Inner"/> directly is not tracked.
/// </para>
/// </remarks>
public sealed class TrackedConnection : DbConnection
{
    private readonly DbConnection _inner;
    private readonly DisposalToken _token;
    private readonly PendingRegistration _statementOwner;
    private Dictionary<string, TrackedStatement>? _prepared;
    private TrackedProviderFactory? _factory;

    internal TrackedConnection(DbConnection inner, PreparedStatementCounter statements)
    {
        _inner = inner;
        Statements = statements;

        // Closing also happens behind the wrapper's back (a reader with CommandBehavior.CloseConnection).
        inner.StateChange += OnInnerStateChange;
        _token = LifetimeTracker.TrackDisposable(this);

        // A statement lives as long as this connection: a swept test owns it only when it owns the connection.
        _statementOwner = LifetimeTracker.CaptureOwner<TrackedStatement>();
    }

    /// <summary>The provider's connection, for provider-specific members. Work done on it directly is not tracked.</summary>
    public DbConnection Inner => _inner;

    /// <inheritdoc/>
    [AllowNull]
    public override string ConnectionString
    {
        get => _inner.ConnectionString;
        set => _inner.ConnectionString = value;
    }

    /// <inheritdoc/>
    public override int ConnectionTimeout => _inner.ConnectionTimeout;

    /// <inheritdoc/>
    public override string Database => _inner.Database;

    /// <inheritdoc/>
    public override string DataSource => _inner.DataSource;

    /// <inheritdoc/>
    public override string ServerVersion => _inner.ServerVersion;

    /// <inheritdoc/>
    public override ConnectionState State => _inner.State;

    /// <inheritdoc/>
    public override bool CanCreateBatch => _inner.CanCreateBatch;

    internal PreparedStatementCounter Statements { get; }

    /// <summary>The transaction begun last and not yet ended, so commands created meanwhile can show it.</summary>
    internal TrackedTransaction? CurrentTransaction { get; private set; }

    /// <inheritdoc/>
    protected override DbProviderFactory? DbProviderFactory =>
        _factory ??= DbProviderFactories.GetFactory(_inner) is { } factory ? new TrackedProviderFactory(factory, Statements) : null;

    /// <inheritdoc/>
    public override void Open() => _inner.Open();

    /// <inheritdoc/>
    public override Task OpenAsync(CancellationToken cancellationToken) => _inner.OpenAsync(cancellationToken);

    /// <inheritdoc/>
    public override void Close()
    {
        _inner.Close();
        Release();
    }

    /// <inheritdoc/>
    public override async Task CloseAsync()
    {
        await _inner.CloseAsync().ConfigureAwait(false);
        Release();
    }

    /// <inheritdoc/>
    public override void ChangeDatabase(string databaseName) => _inner.ChangeDatabase(databaseName);

    /// <inheritdoc/>
    public override Task ChangeDatabaseAsync(string databaseName, CancellationToken cancellationToken = default) =>
        _inner.ChangeDatabaseAsync(databaseName, cancellationToken);

    /// <inheritdoc/>
    public override void EnlistTransaction(System.Transactions.Transaction? transaction) => _inner.EnlistTransaction(transaction);

    /// <inheritdoc/>
    public override DataTable GetSchema() => _inner.GetSchema();

    /// <inheritdoc/>
    public override DataTable GetSchema(string collectionName) => _inner.GetSchema(collectionName);

    /// <inheritdoc/>
    public override DataTable GetSchema(string collectionName, string?[] restrictionValues) =>
        _inner.GetSchema(collectionName, restrictionValues);

    /// <inheritdoc/>
    public override Task<DataTable> GetSchemaAsync(CancellationToken cancellationToken = default) =>
        _inner.GetSchemaAsync(cancellationToken);

    /// <inheritdoc/>
    public override Task<DataTable> GetSchemaAsync(string collectionName, CancellationToken cancellationToken = default) =>
        _inner.GetSchemaAsync(collectionName, cancellationToken);

    /// <inheritdoc/>
    public override Task<DataTable> GetSchemaAsync(string collectionName, string?[] restrictionValues, CancellationToken cancellationToken = default) =>
        _inner.GetSchemaAsync(collectionName, restrictionValues, cancellationToken);

    /// <inheritdoc/>
    public override async ValueTask DisposeAsync()
    {
        await _inner.DisposeAsync().ConfigureAwait(false);
        Release();
        base.Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Counts <paramref name="commandText"/> as prepared on this connection, once per distinct text.</summary>
    internal void NotePrepared(string? commandText)
    {
        if (Volatile.Read(ref _prepared) is not { } prepared)
        {
            Interlocked.CompareExchange(ref _prepared, new Dictionary<string, TrackedStatement>(StringComparer.Ordinal), null);
            prepared = _prepared!;
        }

        var text = commandText ?? string.Empty;
        lock (prepared)
        {
            if (!prepared.ContainsKey(text))
            {
                prepared.Add(text, new TrackedStatement(text, _statementOwner));
                Statements.Add(1);
            }
        }
    }

    internal void TransactionBegun(TrackedTransaction transaction) => CurrentTransaction = transaction;

    internal void TransactionEnded(TrackedTransaction transaction)
    {
        if (ReferenceEquals(CurrentTransaction, transaction))
        {
            CurrentTransaction = null;
        }
    }

    /// <inheritdoc/>
    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) =>
        new TrackedTransaction(_inner.BeginTransaction(isolationLevel), this, default);

    /// <inheritdoc/>
    protected override ValueTask<DbTransaction> BeginDbTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken)
    {
        var pending = _inner.BeginTransactionAsync(isolationLevel, cancellationToken);
        return pending.IsCompletedSuccessfully
            ? new ValueTask<DbTransaction>(new TrackedTransaction(pending.Result, this, default))
            : BeginLaterAsync(pending, LifetimeTracker.CaptureRegistration<TrackedTransaction>());
    }

    /// <inheritdoc/>
    protected override DbCommand CreateDbCommand() => new TrackedCommand(_inner.CreateCommand(), this);

    /// <inheritdoc/>
    protected override DbBatch CreateDbBatch() => new TrackedBatch(_inner.CreateBatch(), this);

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            Release();
        }

        base.Dispose(disposing);
    }

    private async ValueTask<DbTransaction> BeginLaterAsync(ValueTask<DbTransaction> pending, PendingRegistration registration) =>
        new TrackedTransaction(await pending.ConfigureAwait(false), this, registration);

    private void OnInnerStateChange(object sender, StateChangeEventArgs e)
    {
        if (e.CurrentState == ConnectionState.Closed)
        {
            Release();
        }

        OnStateChange(e);
    }

    /// <summary>The connection was given back: it no longer counts once collected, and its statements end.</summary>
    private void Release()
    {
        _token.MarkDisposed();
        if (Volatile.Read(ref _prepared) is { } prepared)
        {
            lock (prepared)
            {
                Statements.Add(-prepared.Count);
                foreach (var statement in prepared.Values)
                {
                    statement.Release();
                }

                prepared.Clear();
            }
        }
    }
}
