using System.Data.Common;

namespace LifetimeAssert.Data;

/// <summary>
/// A provider's factory whose connections, commands, batches and data sources are tracked (see
/// <see cref="LifetimeTrackingExtensions.WithLifetimeTracking(DbProviderFactory)"/>). Parameters, connection
/// string builders, command builders, data adapters and enumerators are the provider's own.
/// </summary>
/// <remarks>
/// A provider's data adapter or command builder may require its own command type and reject a
/// <see cref="TrackedCommand"/>; give it <see cref="TrackedCommand.Inner"/> (that work is then not tracked).
/// Provider-specific members are not visible through this type: use <see cref="Inner"/>.
/// <see cref="DataProbes.PreparedStatements(TrackedProviderFactory)"/> counts the statements prepared through
/// the connections of this factory and of the data sources it creates.
/// </remarks>
public sealed class TrackedProviderFactory : DbProviderFactory
{
    private readonly DbProviderFactory _inner;

    internal TrackedProviderFactory(DbProviderFactory inner, PreparedStatementCounter statements)
    {
        _inner = inner;
        Statements = statements;
    }

    /// <summary>The provider's factory, for provider-specific members. What it creates directly is not tracked.</summary>
    public DbProviderFactory Inner => _inner;

    /// <inheritdoc/>
    public override bool CanCreateBatch => _inner.CanCreateBatch;

    /// <inheritdoc/>
    public override bool CanCreateCommandBuilder => _inner.CanCreateCommandBuilder;

    /// <inheritdoc/>
    public override bool CanCreateDataAdapter => _inner.CanCreateDataAdapter;

    /// <inheritdoc/>
    public override bool CanCreateDataSourceEnumerator => _inner.CanCreateDataSourceEnumerator;

    internal PreparedStatementCounter Statements { get; }

    /// <inheritdoc/>
    public override DbConnection? CreateConnection() =>
        _inner.CreateConnection() is { } connection ? new TrackedConnection(connection, Statements) : null;

    /// <inheritdoc/>
    public override DbCommand? CreateCommand() =>
        _inner.CreateCommand() is { } command ? new TrackedCommand(command, connection: null) : null;

    /// <inheritdoc/>
    public override DbBatch CreateBatch() => new TrackedBatch(_inner.CreateBatch(), connection: null);

    /// <inheritdoc/>
    public override DbBatchCommand CreateBatchCommand() => _inner.CreateBatchCommand();

    /// <inheritdoc/>
    /// <remarks>The provider's data source (its own, or the default one over this factory), tracked.</remarks>
    public override DbDataSource CreateDataSource(string connectionString) =>
        new TrackedDataSource(_inner.CreateDataSource(connectionString), Statements);

    /// <inheritdoc/>
    public override DbParameter? CreateParameter() => _inner.CreateParameter();

    /// <inheritdoc/>
    public override DbConnectionStringBuilder? CreateConnectionStringBuilder() => _inner.CreateConnectionStringBuilder();

    /// <inheritdoc/>
    public override DbCommandBuilder? CreateCommandBuilder() => _inner.CreateCommandBuilder();

    /// <inheritdoc/>
    public override DbDataAdapter? CreateDataAdapter() => _inner.CreateDataAdapter();

    /// <inheritdoc/>
    public override DbDataSourceEnumerator? CreateDataSourceEnumerator() => _inner.CreateDataSourceEnumerator();
}
