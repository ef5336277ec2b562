namespace LifetimeAssert.Data;

/// <summary>Probes over what the ADO.NET decorators of <see cref="LifetimeTrackingExtensions"/> hand out.</summary>
/// <remarks>
/// <para>
/// <b>Prepared statements.</b> <c>Prepare()</c> or <c>PrepareAsync()</c> on a <see cref="TrackedCommand"/> or
/// <see cref="TrackedBatch"/> counts one statement per distinct command text per connection, from the moment it
/// succeeds until that connection is closed or disposed. Disposing the command does not end it: on real
/// providers (Npgsql) a server-side prepared statement lives on its physical connection until it is unprepared
/// or the connection closes. A statement prepared per call on SQL text built per call, on a connection that
/// stays open, therefore adds one per call; the same SQL prepared again on the same connection adds none.
/// </para>
/// <para>
/// What this generic hook cannot know: ADO.NET has no unprepare, and closing a pooled connection only returns
/// its physical connection to the pool, where a provider may keep the statements (Npgsql does). The count
/// ends a connection's statements when the <em>logical</em> connection closes, so it sees statements held by
/// connections the code keeps open, not those the pool keeps afterwards. For the server's side of a pooled
/// PostgreSQL connection use <c>LifetimeAssert.Npgsql.NpgsqlProbes.PreparedStatements</c>.
/// </para>
/// <para>
/// The probe reports as process-wide: a data source is shared, so another test using it at the same time moves
/// the count. Run such checks in a non-parallel collection, or give each test its own tracked data source.
/// </para>
/// </remarks>
public static class DataProbes
{
    internal const string PreparedStatementsName = "prepared statements";

    /// <summary>Statements prepared through the connections of a tracked data source and not yet released.</summary>
    /// <param name="dataSource">The data source returned by <c>WithLifetimeTracking()</c>.</param>
    /// <returns>A new probe named "prepared statements", scoped to <paramref name="dataSource"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataSource"/> is null.</exception>
    public static Probe PreparedStatements(TrackedDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        return new PreparedStatementsProbe(dataSource.Statements);
    }

    /// <summary>Statements prepared through the connections of a tracked provider factory and not yet released.</summary>
    /// <param name="factory">The factory returned by <c>WithLifetimeTracking()</c>.</param>
    /// <returns>A new probe named "prepared statements", scoped to <paramref name="factory"/> and the data sources it creates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is null.</exception>
    public static Probe PreparedStatements(TrackedProviderFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new PreparedStatementsProbe(factory.Statements);
    }

    /// <summary>Statements prepared on one tracked connection and not yet released.</summary>
    /// <param name="connection">The connection returned by <c>WithLifetimeTracking()</c>.</param>
    /// <returns>A new probe named "prepared statements", scoped to the counter <paramref name="connection"/> reports to.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> is null.</exception>
    public static Probe PreparedStatements(TrackedConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new PreparedStatementsProbe(connection.Statements);
    }
}
