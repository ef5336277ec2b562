using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace LifetimeAssert.Npgsql.Testing;

/// <summary>
/// A PostgreSQL server for tests and examples, found or started in this order: the connection string in the
/// <c>LIFETIMEASSERT_POSTGRES</c> environment variable; a Testcontainers container when a Docker engine
/// answers; a throwaway local cluster when PostgreSQL's server binaries are installed. Disposing it removes
/// what it started (nothing for a server given by the environment).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    /// <summary>The environment variable that names an existing server to use instead of starting one.</summary>
    public const string EnvironmentVariable = "LIFETIMEASSERT_POSTGRES";

    private const string ContainerImage = "postgres:15-alpine";

    private readonly Func<ValueTask> _remove;
    private int _disposed;

    private PostgresServer(string connectionString, string source, Func<ValueTask> remove)
    {
        ConnectionString = connectionString;
        Source = source;
        _remove = remove;
    }

    /// <summary>Connects as a superuser to a database of the server.</summary>
    public string ConnectionString { get; }

    /// <summary>Where the server came from, for messages: the environment, a container or a local cluster.</summary>
    public string Source { get; }

    /// <summary>Finds or starts a server.</summary>
    /// <param name="cancellationToken">Stops waiting for a server to start.</param>
    /// <returns>A running server; dispose it to remove what was started.</returns>
    /// <exception cref="InvalidOperationException">
    /// No way to get a server worked (the message names all three and why each failed), or the environment variable
    /// does not hold a valid connection string (the message names the variable and never quotes its value).
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; what was being started has been removed.</exception>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            ThrowIfMalformed(fromEnvironment);
            return new PostgresServer(fromEnvironment, EnvironmentVariable, () => ValueTask.CompletedTask);
        }

        var containerFailure = await TryContainerAsync(cancellationToken).ConfigureAwait(false);
        if (containerFailure.Server is { } container)
        {
            return container;
        }

        // Local clusters run on Linux, from the Debian layout of PostgreSQL's packages.
        if (!OperatingSystem.IsLinux() || LocalCluster.FindBinaries() is not { } binaries)
        {
            throw NoServer(containerFailure.Reason, "no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin");
        }

        LocalCluster cluster;
        try
        {
            cluster = await LocalCluster.StartAsync(binaries, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw NoServer(containerFailure.Reason, $"a local cluster with {binaries} failed: {e.Message}");
        }

        return new PostgresServer(cluster.ConnectionString, $"local cluster in {cluster.Directory}", cluster.DisposeAsync);
    }

    /// <summary>Removes what <see cref="StartAsync"/> started; safe to call more than once.</summary>
    /// <returns>A task that completes when the server is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _remove().ConfigureAwait(false);
        }
    }

    private static async Task<(PostgresServer? Server, string Reason)> TryContainerAsync(CancellationToken cancellationToken)
    {
        PostgreSqlContainer? container = null;
        try
        {
            container = new PostgreSqlBuilder(ContainerImage).Build();
            await container.StartAsync(cancellationToken).ConfigureAwait(false);
            return (new PostgresServer(container.GetConnectionString(), $"container {ContainerImage}", container.DisposeAsync), "");
        }
        catch (DockerUnavailableException)
        {
            return (null, "no Docker engine answered");
        }
        catch (OperationCanceledException)
        {
            // Stopped waiting: remove what may already run.
            if (container is not null)
            {
                await container.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
        catch (Exception e)
        {
            // Docker answered but the container did not start (no image, no network): a local cluster may still work.
            if (container is not null)
            {
                await container.DisposeAsync().ConfigureAwait(false);
            }

            return (null, $"the container failed: {e.Message}");
        }
    }

    /// <summary>
    /// Parses the connection string from the environment. Npgsql's own message may quote part of it (an unquoted ';'
    /// in a password splits it into a "keyword"), and the string holds a password, so neither the message nor the
    /// exception travels on: only the exception's type, and what a valid value looks like.
    /// </summary>
    private static void ThrowIfMalformed(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException or KeyNotFoundException or NotSupportedException)
        {
            throw new InvalidOperationException(
                $"The {EnvironmentVariable} environment variable does not hold a valid Npgsql connection string: Npgsql rejected it with " +
                $"{e.GetType().Name} (its message is not shown, as it may quote the password). Expected keyword=value pairs separated by ';' " +
                "(a value that contains ';' in quotes), for example Host=localhost;Port=5432;Username=postgres;Password=...;Database=postgres.");
        }
    }

    private static InvalidOperationException NoServer(string containerReason, string clusterReason) => new(
        "No PostgreSQL server for the tests. Provide one of: " +
        $"(1) a connection string in the {EnvironmentVariable} environment variable (not set); " +
        $"(2) a Docker engine for Testcontainers ({containerReason}); " +
        $"(3) PostgreSQL server binaries for a throwaway local cluster ({clusterReason}), for example `apt-get install postgresql`.");
}
