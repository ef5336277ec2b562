using Npgsql;

namespace LifetimeAssert.Npgsql;

/// <summary>
/// Counts the server's client sessions (<c>pg_stat_activity</c> rows) of the data source's database and user,
/// and of its application name when it sets one, through a dedicated unpooled connection opened in
/// <see cref="OnStart"/> and closed in <see cref="OnStop"/>; that connection's own session is never counted.
/// </summary>
internal sealed class ServerSessionsProbe(NpgsqlDataSource dataSource) : NpgsqlProbe(NpgsqlProbes.ServerSessionsName)
{
    private const string ProbeApplicationName = "LifetimeAssert ServerSessions probe";

    private const string CountSql = """
        SELECT count(*) FROM pg_stat_activity
        WHERE backend_type = 'client backend'
          AND datname = current_database()
          AND usename = current_user
          AND pid <> pg_backend_pid()
          AND ($1::text IS NULL OR application_name = $1)
        """;

    private NpgsqlConnection? _connection;
    private NpgsqlCommand? _count;

    protected override void OnStart()
    {
        NpgsqlInternals.Npgsql10.ThrowIfDisposed(dataSource);
        var probed = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        var settings = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString)
        {
            // Unpooled, so the session is not taken from the probed pool and ends when the probe stops.
            Pooling = false,
            ApplicationName = ProbeApplicationName,
            Multiplexing = false,
        };
        // CloneWith keeps the data source's password (also from a password provider) and certificate callbacks.
        using (var template = dataSource.CreateConnection())
        {
            _connection = template.CloneWith(settings.ConnectionString);
        }

        _connection.Open();
        _count = new NpgsqlCommand(CountSql, _connection);
        _count.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = NullIfEmpty(probed.ApplicationName) });
        _count.Prepare();
    }

    protected override long Sample()
    {
        var count = _count ?? throw new InvalidOperationException("the probe was not started.");
        return Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    protected override void OnStop()
    {
        _count?.Dispose();
        _count = null;
        _connection?.Dispose();
        _connection = null;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
