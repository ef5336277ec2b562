using System.Data.Common;

namespace LifetimeAssert.Data;

/// <summary>
/// A provider's data source whose connections, commands, batches, readers and transactions are registered with
/// the running leak check (see <see cref="LifetimeTrackingExtensions.WithLifetimeTracking(DbDataSource)"/>).
/// </summary>
/// <remarks>
/// Disposing it disposes <see cref="Inner"/> (and so the provider's pool). Provider-specific members (an
/// <c>NpgsqlDataSource</c>'s own API) are not visible through this type: use <see cref="Inner"/>; what is created
/// through <see cref="Inner"/> directly is not tracked. <see cref="DataProbes.PreparedStatements(TrackedDataSource)"/>
/// counts the statements prepared through this data source's connections.
/// </remarks>
public sealed class TrackedDataSource : DbDataSource
{
    private readonly DbDataSource _inner;

    internal TrackedDataSource(DbDataSource inner, PreparedStatementCounter statements)
    {
        _inner = inner;
        Statements = statements;
    }

    /// <summary>The provider's data source, for provider-specific members. What it creates directly is not tracked.</summary>
    public DbDataSource Inner => _inner;

    /// <inheritdoc/>
    public override string ConnectionString => _inner.ConnectionString;

    internal PreparedStatementCounter Statements { get; }

    /// <inheritdoc/>
    protected override DbConnection CreateDbConnection() => new TrackedConnection(_inner.CreateConnection(), Statements);

    /// <inheritdoc/>
    /// <remarks>Creates a tracked connection and opens it, so the connection is registered at the caller's site.</remarks>
    protected override DbConnection OpenDbConnection()
    {
        var connection = CreateDbConnection();
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    /// <remarks>Creates a tracked connection and opens it, so the connection is registered at the caller's site.</remarks>
    protected override ValueTask<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken = default) =>
        OpenAsync(CreateDbConnection(), cancellationToken);

    /// <inheritdoc/>
    /// <remarks>The provider's data-source command opens and closes a connection of its own, which is not tracked.</remarks>
    protected override DbCommand CreateDbCommand(string? commandText = null) =>
        new TrackedCommand(_inner.CreateCommand(commandText), connection: null);

    /// <inheritdoc/>
    protected override DbBatch CreateDbBatch() => new TrackedBatch(_inner.CreateBatch(), connection: null);

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc/>
    protected override ValueTask DisposeAsyncCore() => _inner.DisposeAsync();

    // The caller creates the connection before this state machine starts: created inside it, the builder's
    // frames would be taken for the creation site instead of the user's code.
    private static async ValueTask<DbConnection> OpenAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
