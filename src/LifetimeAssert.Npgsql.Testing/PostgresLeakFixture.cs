using System.Data.Common;
using System.Globalization;
using LifetimeAssert.Data;
using Npgsql;
using Xunit;

namespace LifetimeAssert.Npgsql.Testing;

/// <summary>
/// One PostgreSQL server for the leak tests that share it (see <see cref="PostgresServer.StartAsync"/> for where it
/// comes from), with a data source on it, the same data source through the ADO.NET hooks, and the Npgsql probes on it.
/// xUnit v3: use it as a class fixture (<c>IClassFixture&lt;PostgresLeakFixture&gt;</c>) or an assembly fixture
/// (<c>[assembly: AssemblyFixture(typeof(PostgresLeakFixture))]</c>). NUnit: <c>await fixture.InitializeAsync()</c> in
/// <c>[OneTimeSetUp]</c> and <c>await fixture.DisposeAsync()</c> in <c>[OneTimeTearDown]</c>. Disposing removes what it
/// started, whether the tests passed or failed.
/// </summary>
/// <remarks>
/// Starting either completes with a server that answered a query, or fails within <see cref="StartTimeout"/> and leaves
/// the fixture as it was before, with nothing it started still running.
/// </remarks>
public sealed class PostgresLeakFixture : IAsyncLifetime
{
    /// <summary>
    /// The environment variable that sets <see cref="StartTimeout"/> in seconds, for fixtures the test framework creates
    /// (xUnit's class and assembly fixtures), e.g. <c>LIFETIMEASSERT_POSTGRES_START_TIMEOUT=600</c>.
    /// </summary>
    public const string StartTimeoutEnvironmentVariable = "LIFETIMEASSERT_POSTGRES_START_TIMEOUT";

    private static readonly TimeSpan MaxStartTimeout = TimeSpan.FromDays(1);

    private readonly TimeSpan? _startTimeout;
    private Started? _started;

    /// <summary>The start timeout when neither <see cref="StartTimeout"/> nor <see cref="StartTimeoutEnvironmentVariable"/> sets one: 5 minutes (pulling a container image can take that long).</summary>
    public static TimeSpan DefaultStartTimeout { get; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long <see cref="InitializeAsync"/> waits for a server to be found or started and to answer: the value set
    /// here, else <see cref="StartTimeoutEnvironmentVariable"/>, else <see cref="DefaultStartTimeout"/>. At most a day.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero, a negative time or more than a day.</exception>
    /// <exception cref="InvalidOperationException">Not set here, and the environment variable is not a number of seconds in that range.</exception>
    public TimeSpan StartTimeout
    {
        get => _startTimeout ?? StartTimeoutFromEnvironment() ?? DefaultStartTimeout;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxStartTimeout);
            _startTimeout = value;
        }
    }

    /// <summary>The server's connection string (a superuser on one of its databases). It carries the password: never print it.</summary>
    /// <exception cref="InvalidOperationException">The fixture has not been initialized.</exception>
    public string ConnectionString => Current.Server.ConnectionString;

    /// <summary>Where the server came from: the environment variable, a container, or a local cluster.</summary>
    /// <exception cref="InvalidOperationException">The fixture has not been initialized.</exception>
    public string Source => Current.Server.Source;

    /// <summary>The raw data source: give it to code under test that needs an <see cref="NpgsqlDataSource"/> (EF Core's provider, Dapper, Npgsql directly).</summary>
    /// <exception cref="InvalidOperationException">The fixture has not been initialized.</exception>
    public NpgsqlDataSource DataSource => Current.DataSource;

    /// <summary>
    /// The same data source through the ADO.NET hooks: connections, commands, readers and transactions made through it
    /// are registered, so <c>Track&lt;DbConnection&gt;()</c>, <c>Track&lt;DbDataReader&gt;()</c> and the others judge them.
    /// </summary>
    /// <exception cref="InvalidOperationException">The fixture has not been initialized.</exception>
    public DbDataSource TrackedDataSource => Current.Tracked;

    /// <summary>A new probe of the prepared statements on <see cref="DataSource"/>'s pooled connections (the original bug's count).</summary>
    /// <exception cref="InvalidOperationException">The fixture has not been initialized.</exception>
    public Probe PreparedStatements => NpgsqlProbes.PreparedStatements(DataSource);

    /// <summary>A new probe of <see cref="DataSource"/>'s pooled connections in use.</summary>
    /// <exception cref="InvalidOperationException">The fixture has not been initialized.</exception>
    public Probe ConnectionsInUse => NpgsqlProbes.ConnectionsInUse(DataSource);

    /// <summary>A new probe of the server sessions this process opens on <see cref="DataSource"/>'s database, seen from the server.</summary>
    /// <exception cref="InvalidOperationException">The fixture has not been initialized.</exception>
    public Probe ServerSessions => NpgsqlProbes.ServerSessions(DataSource);

    private Started Current => _started ?? throw new InvalidOperationException(
        "The PostgreSQL fixture has not been initialized: xUnit initializes a class or assembly fixture itself; "
        + "under NUnit, await InitializeAsync() in [OneTimeSetUp].");

    /// <summary>Finds or starts the server, opens the data source and waits until the server answers a query.</summary>
    /// <returns>A task that completes when the server answers.</returns>
    /// <exception cref="InvalidOperationException">
    /// No server could be found or started (the message names the three ways and why each failed), or
    /// <c>LIFETIMEASSERT_POSTGRES</c> or <see cref="StartTimeoutEnvironmentVariable"/> is malformed (the message names
    /// the variable, and never quotes a connection string).
    /// </exception>
    /// <exception cref="TimeoutException">No server answered within <see cref="StartTimeout"/>; the message says which server was waited for.</exception>
    public async ValueTask InitializeAsync()
    {
        if (_started is not null)
        {
            return;
        }

        var timeout = StartTimeout;
        using var deadline = new CancellationTokenSource(timeout);
        PostgresServer? server = null;
        NpgsqlDataSource? dataSource = null;
        try
        {
            server = await PostgresServer.StartAsync(deadline.Token).ConfigureAwait(false);
            dataSource = CreateDataSource(server);
            await WaitUntilAnswersAsync(dataSource, deadline.Token).ConfigureAwait(false);

            // Set once, complete: a fixture is never seen half-initialized.
            _started = new Started(server, dataSource, dataSource.WithLifetimeTracking());
        }
        catch (Exception failure)
        {
            await RemoveAsync(dataSource, server, failure).ConfigureAwait(false);
            if (failure is OperationCanceledException && deadline.IsCancellationRequested)
            {
                throw new TimeoutException(TimedOut(timeout, server), failure);
            }

            throw;
        }
    }

    /// <summary>Closes the data source and removes the server, if it started; safe to call more than once.</summary>
    /// <returns>A task that completes when the server is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _started, null) is { } started)
        {
            // The tracked data source owns the raw one: disposing it closes the pool once.
            await started.Tracked.DisposeAsync().ConfigureAwait(false);
            await started.Server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static TimeSpan? StartTimeoutFromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable(StartTimeoutEnvironmentVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && seconds > 0
            && seconds <= MaxStartTimeout.TotalSeconds
            ? TimeSpan.FromSeconds(seconds)
            : throw new InvalidOperationException(
                $"The {StartTimeoutEnvironmentVariable} environment variable must be a number of seconds greater than 0 and at most " +
                $"{MaxStartTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} (a day); it is \"{text}\".");
    }

    private static NpgsqlDataSource CreateDataSource(PostgresServer server)
    {
        try
        {
            return NpgsqlDataSource.Create(server.ConnectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or NotSupportedException)
        {
            // Npgsql's message may quote the connection string, which holds the password.
            throw new InvalidOperationException(
                $"Npgsql refused the connection string of the server from {server.Source} with {e.GetType().Name} (its message is not shown, as it may quote the password).");
        }
    }

    /// <summary>Opens a connection and runs a query, waiting no longer than the deadline even if Npgsql's own timeout is longer.</summary>
    private static async Task WaitUntilAnswersAsync(NpgsqlDataSource dataSource, CancellationToken deadline)
    {
        var answer = QueryAsync(dataSource, deadline);
        try
        {
            await answer.WaitAsync(deadline).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            // The query may still be waiting on a socket; it fails once the data source is disposed.
            _ = answer.ContinueWith(
                static task => task.Exception,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            throw;
        }

        static async Task QueryAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var command = new NpgsqlCommand("SELECT 1", connection);
                await using (command.ConfigureAwait(false))
                {
                    await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Removes what a failed start made; a failure to remove is reported with the start's failure, never instead of it.</summary>
    private static async Task RemoveAsync(NpgsqlDataSource? dataSource, PostgresServer? server, Exception failure)
    {
        try
        {
            if (dataSource is not null)
            {
                await dataSource.DisposeAsync().ConfigureAwait(false);
            }

            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }
        }
        catch (Exception cleanupFailure) when (cleanupFailure is not OperationCanceledException)
        {
            throw new InvalidOperationException($"{failure.Message} (removing what was started also failed: {cleanupFailure.Message})", failure);
        }
    }

    private static string TimedOut(TimeSpan timeout, PostgresServer? server)
    {
        var waitedFor = server is null
            ? "no server was found or started in time (a container or a local cluster was still starting)"
            : $"the server from {server.Source} ({Endpoint(server)}) did not answer";
        return $"The PostgreSQL fixture did not start within {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s: {waitedFor}. " +
            $"Set {StartTimeoutEnvironmentVariable} (seconds) to wait longer.";
    }

    // Host and port only: the connection string also holds the password.
    private static string Endpoint(PostgresServer server)
    {
        var settings = new NpgsqlConnectionStringBuilder(server.ConnectionString);
        return $"{settings.Host}:{settings.Port.ToString(CultureInfo.InvariantCulture)}";
    }

    private sealed record Started(PostgresServer Server, NpgsqlDataSource DataSource, TrackedDataSource Tracked);
}
