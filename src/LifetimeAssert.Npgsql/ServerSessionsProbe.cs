using System.Globalization;
using Npgsql;

namespace LifetimeAssert.Npgsql;

/// <summary>
/// Counts the server's client sessions (<c>pg_stat_activity</c> rows) that this process opened since the probe started,
/// on the data source's database and user, and of its application name when it sets one. Which sessions are this
/// process's is learnt from Npgsql's "CONNECT" activity (see <see cref="OpenedSessions"/>), so sessions of other
/// processes on the same server (another test process, with the same user, database and application name) are never
/// counted, while sessions of any data source of this process are (a data source created per call and never disposed
/// is the leak this probe is for). It asks the server through a dedicated unpooled connection opened in
/// <see cref="OnStart"/> and closed in <see cref="OnStop"/>, whose own session is never counted; connecting and each
/// read wait at most <see cref="MaxWaitSeconds"/> (less when the data source's <c>Timeout</c> or
/// <c>Command Timeout</c> is shorter), and a read that timed out sends one cancellation request (itself bounded by the
/// connect timeout) before it fails, so a server that stops answering ends the check instead of hanging it. Connecting
/// and every read also end when the check's <see cref="Probe.CallCancellation"/> is cancelled (the test was cancelled
/// or timed out, or the call ran past <see cref="Probe.CallTimeout"/>): a read is then cancelled on the server.
/// </summary>
internal sealed class ServerSessionsProbe(NpgsqlDataSource dataSource, NpgsqlInternals internals) : NpgsqlProbe(NpgsqlProbes.ServerSessionsName)
{
    /// <summary>The longest the probe waits for the server to connect or to answer one read, in seconds.</summary>
    public const int MaxWaitSeconds = 10;

    private const string ProbeApplicationName = "LifetimeAssert ServerSessions probe";

    // Every pid this process opened that still has a session, and whether that session is one the probe counts.
    private const string CountSql = """
        SELECT pid,
               backend_type = 'client backend'
               AND datname = current_database()
               AND usename = current_user
               AND pid <> pg_backend_pid()
               AND application_name IS DISTINCT FROM $2
               AND ($3::text IS NULL OR application_name = $3) AS counted
        FROM pg_stat_activity
        WHERE pid = ANY($1)
        """;

    private OpenedSessions? _opened;
    private NpgsqlConnection? _connection;
    private NpgsqlCommand? _count;
    private string _server = "";

    protected override void OnStart()
    {
        internals.ThrowIfDisposed(dataSource);
        if (!internals.TracesPhysicalOpen(dataSource))
        {
            throw new InvalidOperationException(
                "ServerSessions tells this process's sessions from other processes' by the \"CONNECT\" activity Npgsql raises for each " +
                "physical connection, and this data source turns it off (ConfigureTracing(o => o.EnablePhysicalOpenTracing(false))): " +
                "leave it on for the probed data source.");
        }

        var probed = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        _server = $"{probed.Host}:{probed.Port.ToString(CultureInfo.InvariantCulture)}";
        var settings = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString)
        {
            // Unpooled, so the session is not taken from the probed pool and ends when the probe stops.
            Pooling = false,
            ApplicationName = ProbeApplicationName,
            Multiplexing = false,
            Timeout = Bounded(probed.Timeout),
            CommandTimeout = Bounded(probed.CommandTimeout),

            // A read that timed out sends the server one cancellation request (bounded by Timeout), then breaks the
            // connection at once instead of waiting for the acknowledgement (0 would wait forever): the probe fails anyway.
            CancellationTimeout = -1,
        };

        // Listening before the probe's own connection opens: seeing its open proves this Npgsql reports backend pids.
        _opened = new OpenedSessions();

        // CloneWith keeps the data source's password (also from a password provider) and certificate callbacks.
        using (var template = dataSource.CreateConnection())
        {
            _connection = template.CloneWith(settings.ConnectionString);
        }

        var connection = _connection;
        WithTimeout(
            $"did not answer within {settings.Timeout} s when the probe connected",
            () => connection.OpenAsync(CallCancellation).GetAwaiter().GetResult());
        if (!_opened.Saw(_connection.ProcessID))
        {
            throw UnsupportedNpgsql.Error(
                "opening a physical connection raised no \"CONNECT\" activity carrying its backend pid (tag db.npgsql.connection_id), " +
                "which the server-sessions probe needs to tell this process's sessions apart");
        }

        _count = new NpgsqlCommand(CountSql, _connection);
        _count.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [] });
        _count.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ProbeApplicationName });
        _count.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = NullIfEmpty(probed.ApplicationName) });
        var count = _count;
        WithTimeout($"did not answer the probe's query within {settings.CommandTimeout} s", () => Cancellable(count, count.Prepare));
    }

    protected override long Sample()
    {
        var count = _count ?? throw new InvalidOperationException("the probe was not started.");
        var opened = _opened!;
        var asked = opened.Snapshot();
        ((NpgsqlParameter<int[]>)count.Parameters[0]).TypedValue = asked;
        var alive = new HashSet<int>();
        long counted = 0;
        WithTimeout(
            $"did not answer the probe's query within {count.CommandTimeout} s",
            () => Cancellable(count, () =>
            {
                using var reader = count.ExecuteReader();
                while (reader.Read())
                {
                    alive.Add(reader.GetInt32(0));
                    counted += reader.GetBoolean(1) ? 1 : 0;
                }
            }));
        opened.Forget(asked.Where(pid => !alive.Contains(pid)));
        return counted;
    }

    protected override void OnStop()
    {
        _count?.Dispose();
        _count = null;
        _connection?.Dispose();
        _connection = null;
        _opened?.Dispose();
        _opened = null;
    }

    private static int Bounded(int seconds) => seconds is > 0 and <= MaxWaitSeconds ? seconds : MaxWaitSeconds;

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>
    /// Runs a call to the server; Npgsql's timeout becomes an error that says which server did not answer and how long it
    /// was given, and whatever a cancelled call throws becomes the cancellation.
    /// </summary>
    private void WithTimeout(string didNotAnswer, Action call)
    {
        try
        {
            call();
        }
        catch (Exception e) when (CallCancellation.IsCancellationRequested && e is not OperationCanceledException)
        {
            throw new OperationCanceledException($"the call to the server at {_server} was cancelled.", e, CallCancellation);
        }
        catch (NpgsqlException e) when (e.InnerException is TimeoutException)
        {
            throw new TimeoutException($"the server at {_server} {didNotAnswer}.", e);
        }
    }

    /// <summary>Runs a command's call; the check's cancellation cancels the command on the server.</summary>
    private void Cancellable(NpgsqlCommand command, Action call)
    {
        using var cancel = CallCancellation.UnsafeRegister(static c => CancelOnServer((NpgsqlCommand)c!), command);
        call();
    }

    // Runs on whatever thread cancels (a timer's): it must not throw there. A request that fails leaves the read to end
    // at the probe's own timeout.
    private static void CancelOnServer(NpgsqlCommand command)
    {
        try
        {
            command.Cancel();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ObjectDisposedException or IOException)
        {
            // Nothing to do: the read ends at the probe's own timeout.
        }
    }
}
