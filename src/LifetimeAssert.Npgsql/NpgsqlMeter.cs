namespace LifetimeAssert.Npgsql;

/// <summary>Names of Npgsql 10's "Npgsql" meter, its instruments and tags (they follow OpenTelemetry's database conventions).</summary>
internal static class NpgsqlMeter
{
    public const string MeterName = "Npgsql";

    /// <summary>Observable up-down counter of a pool's physical connections, one measurement per state.</summary>
    public const string ConnectionCount = "db.client.connection.count";

    /// <summary>Up-down counter of requests waiting for a pooled connection.</summary>
    public const string PendingRequests = "db.client.connection.npgsql.pending_requests";

    /// <summary>Tag carrying the data source's name: the name given to its builder, or its connection string without the password.</summary>
    public const string PoolNameTag = "db.client.connection.pool.name";

    public const string StateTag = "db.client.connection.state";

    public const string Used = "used";

    public const string Idle = "idle";
}
