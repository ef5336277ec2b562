using Npgsql;

namespace LifetimeAssert.Npgsql;

/// <summary>
/// Probes for Npgsql and PostgreSQL resources that ordinary tests never see: server-side prepared statements,
/// pooled connections in use, idle and waited for, and the server's sessions. Pass them to
/// <see cref="LeakOptionsBuilder.Probe(Probe)"/>; each probe belongs to one check.
/// </summary>
/// <remarks>
/// <para>
/// <b>Prepared statements.</b> <c>pg_prepared_statements</c> lists only the statements of the session that
/// queries it, so the server cannot be asked about the pool's other sessions without taking each of them from
/// the pool. The probe reads the client's side instead: every physical connection of a pooling data source
/// (idle or in use) keeps a prepared-statement manager that mirrors what the server holds for that session.
/// It counts their statements in state Prepared, explicit (<c>NpgsqlCommand.Prepare()</c>) and automatic
/// (<c>Max Auto Prepare</c>), read by reflection because Npgsql keeps them internal (the pool's
/// <c>Connectors</c>, each connector's <c>PreparedStatementManager.BySql</c>). Sampling opens nothing and takes
/// nothing from the pool. A statement prepared per call on SQL text built per call adds one per call; the same
/// SQL prepared again on the same connection reuses its statement and adds none.
/// </para>
/// <para>
/// <b>Pool counts.</b> <see cref="ConnectionsInUse"/>, <see cref="IdleConnections"/> and
/// <see cref="PendingConnectionRequests"/> listen to Npgsql's <c>"Npgsql"</c> meter
/// (<c>db.client.connection.count</c> with <c>db.client.connection.state</c> = <c>used</c> / <c>idle</c>, and
/// <c>db.client.connection.npgsql.pending_requests</c>) and keep the measurements whose
/// <c>db.client.connection.pool.name</c> tag is the data source's name: the name given to
/// <c>NpgsqlDataSourceBuilder.Name</c>, or else its connection string without the password. Data sources with
/// the same name are counted together; name the probed one to keep it apart.
/// </para>
/// <para>
/// <b>Server sessions.</b> <see cref="ServerSessions"/> asks the server through a connection of its own, so it
/// also sees sessions of data sources that were never disposed. It counts only sessions this process opened: another
/// process on the same server (a second test run, with the same user, database and application name) moves nothing.
/// It waits at most 10 s for the server to connect or answer (less when the data source's <c>Timeout</c> or
/// <c>Command Timeout</c> is shorter), so a server that stops answering ends the check as inconclusive.
/// </para>
/// <para>
/// Every probe reports as process-wide: a data source and a server are shared, so another test using them at
/// the same time moves the count; run such checks in a non-parallel collection. A probe holds one check's state
/// from start to stop: give each check its own (every method here returns a new probe); a probe instance that a
/// running check holds refuses a second check, which then fails naming it. A probe that cannot count
/// (disposed data source, unreachable server, missing permission, an Npgsql whose internals differ from
/// Npgsql 10's) throws while the check starts or samples it, and the check fails naming it.
/// </para>
/// </remarks>
public static class NpgsqlProbes
{
    internal const string PreparedStatementsName = "Npgsql prepared statements";
    internal const string ConnectionsInUseName = "Npgsql connections in use";
    internal const string IdleConnectionsName = "Npgsql idle connections";
    internal const string PendingConnectionRequestsName = "Npgsql pending connection requests";
    internal const string ServerSessionsName = "PostgreSQL server sessions";

    /// <summary>
    /// Server-side prepared statements held by the data source's pooled physical connections, explicit and
    /// automatic, counted on the client without touching the pool.
    /// </summary>
    /// <param name="dataSource">A pooling data source (the default), or a multi-host one: all its hosts' pools are counted.</param>
    /// <returns>A new probe named "Npgsql prepared statements".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataSource"/> is null.</exception>
    /// <exception cref="ArgumentException">The data source does not pool connections, so no statement outlives its connection.</exception>
    /// <remarks>
    /// The probe reads Npgsql internals, checked when the check starts it: on an Npgsql whose internals differ
    /// (it supports Npgsql [10.0.3, 11.0)) the check ends inconclusive with a report that names the probe, the
    /// loaded version and the missing or changed member.
    /// </remarks>
    public static Probe PreparedStatements(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);

        // Read from the public connection string, so creating the probe touches no internals (those fail inside the check).
        return new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).Pooling
            ? new PreparedStatementsProbe(dataSource, NpgsqlInternals.Npgsql10)
            : throw new ArgumentException(
                "PreparedStatements counts the statements of pooled connections, and this data source does not pool (Pooling=false): " +
                "its statements end with each connection. Probe ConnectionsInUse or ServerSessions for connections left open.",
                nameof(dataSource));
    }

    /// <summary>The data source's pooled physical connections currently handed out (not returned to the pool).</summary>
    /// <param name="dataSource">The data source whose pool is counted.</param>
    /// <returns>A new probe named "Npgsql connections in use".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataSource"/> is null.</exception>
    public static Probe ConnectionsInUse(NpgsqlDataSource dataSource) =>
        ConnectionCount(ConnectionsInUseName, dataSource, NpgsqlMeter.Used);

    /// <summary>The data source's pooled physical connections that are open and idle in the pool.</summary>
    /// <param name="dataSource">The data source whose pool is counted.</param>
    /// <returns>A new probe named "Npgsql idle connections".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataSource"/> is null.</exception>
    public static Probe IdleConnections(NpgsqlDataSource dataSource) =>
        ConnectionCount(IdleConnectionsName, dataSource, NpgsqlMeter.Idle);

    /// <summary>Requests waiting for one of the data source's pooled connections, counted from when the check starts.</summary>
    /// <param name="dataSource">The data source whose pool is watched.</param>
    /// <returns>A new probe named "Npgsql pending connection requests".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataSource"/> is null.</exception>
    public static Probe PendingConnectionRequests(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        return new PendingRequestsProbe(dataSource);
    }

    /// <summary>
    /// The server's client sessions that this process opened since the check started the probe, of the data source's
    /// database and user (and application name, when the connection string sets one), read from
    /// <c>pg_stat_activity</c>: it also sees sessions of data sources that were never disposed, and never sessions
    /// of other processes. The probe's own unpooled connection is not counted.
    /// </summary>
    /// <param name="dataSource">Supplies the server, database, user and credentials.</param>
    /// <returns>A new probe named "PostgreSQL server sessions".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataSource"/> is null.</exception>
    /// <remarks>
    /// Which sessions are this process's is learnt from the "CONNECT" activity Npgsql raises when it opens a physical
    /// connection (its <c>db.npgsql.connection_id</c> tag is the backend pid): the probe listens to Npgsql's activity
    /// source for those alone while it runs. A data source whose builder turns that activity off
    /// (<c>ConfigureTracing(o =&gt; o.EnablePhysicalOpenTracing(false))</c>) is refused when the check starts, and the
    /// sessions of other data sources that turn it off are not counted. Connecting and each read wait at most 10 s, or
    /// the data source's <c>Timeout</c> / <c>Command Timeout</c> when shorter (0, wait forever, is not honoured).
    /// </remarks>
    public static Probe ServerSessions(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        return new ServerSessionsProbe(dataSource, NpgsqlInternals.Npgsql10);
    }

    private static ConnectionCountProbe ConnectionCount(string name, NpgsqlDataSource dataSource, string state)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        return new ConnectionCountProbe(name, dataSource, state);
    }
}
