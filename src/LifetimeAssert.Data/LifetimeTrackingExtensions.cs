using System.Data.Common;

namespace LifetimeAssert.Data;

/// <summary>
/// Makes any ADO.NET provider visible to leak checks: the returned decorators register every connection,
/// command, batch, data reader and transaction they hand out with the running check, with whether it was
/// released and where it was created, so <c>Track&lt;DbConnection&gt;()</c>, <c>Track&lt;DbCommand&gt;()</c>,
/// <c>Track&lt;DbDataReader&gt;()</c> and <c>Track&lt;DbTransaction&gt;()</c> judge what is alive and what was
/// collected undisposed.
/// </summary>
/// <remarks>
/// <para>
/// Outside a check the decorators only forward: registration is one weak handle per object, taken only while a
/// check runs in the calling flow. Each wrapper exposes the provider's object as <c>Inner</c> for provider-specific
/// members; work done on <c>Inner</c> directly, or on provider objects constructed directly (<c>new NpgsqlCommand</c>),
/// is not tracked: the heap census and the provider probes cover it.
/// </para>
/// <para>
/// Released means: <c>Dispose</c> or <c>DisposeAsync</c> for all; also <c>Close</c> for connections (it gives a
/// pooled connection back) and readers; also <c>Commit</c> and <c>Rollback</c> for transactions.
/// </para>
/// </remarks>
public static class LifetimeTrackingExtensions
{
    /// <summary>Wraps a data source so that what it hands out is tracked. A tracked data source is returned as is.</summary>
    /// <param name="dataSource">The provider's data source; disposing the result disposes it.</param>
    /// <returns>The tracking data source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataSource"/> is null.</exception>
    public static TrackedDataSource WithLifetimeTracking(this DbDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        return dataSource as TrackedDataSource ?? new TrackedDataSource(dataSource, new PreparedStatementCounter());
    }

    /// <summary>Wraps a provider factory so that what it creates is tracked. A tracked factory is returned as is.</summary>
    /// <param name="factory">The provider's factory, such as <c>SqliteFactory.Instance</c>.</param>
    /// <returns>The tracking factory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is null.</exception>
    public static TrackedProviderFactory WithLifetimeTracking(this DbProviderFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory as TrackedProviderFactory ?? new TrackedProviderFactory(factory, new PreparedStatementCounter());
    }

    /// <summary>
    /// Wraps an existing connection so that it and what it creates are tracked. A tracked connection is returned
    /// as is. The connection itself is registered now, so only when this is called inside a check.
    /// </summary>
    /// <param name="connection">The provider's connection; disposing the result disposes it.</param>
    /// <returns>The tracking connection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> is null.</exception>
    public static TrackedConnection WithLifetimeTracking(this DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection as TrackedConnection ?? new TrackedConnection(connection, new PreparedStatementCounter());
    }
}
