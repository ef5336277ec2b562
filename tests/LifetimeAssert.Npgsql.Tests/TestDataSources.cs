using System.Collections.Concurrent;
using Npgsql;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>
/// The data sources of one test, all with an application name of their own so the test can find its server
/// sessions. Disposing it disposes them and terminates every server session they left, even leaked ones.
/// </summary>
internal sealed class TestDataSources(string connectionString) : IAsyncDisposable
{
    private readonly ConcurrentBag<NpgsqlDataSource> _created = [];

    public string ApplicationName { get; } = $"la-test-{Guid.NewGuid():N}";

    /// <summary>
    /// The clause that gives a role created by a test the connection string's password, so that the role can
    /// authenticate where the server requires a password (the local cluster always does).
    /// </summary>
    public string PasswordClause() =>
        new NpgsqlConnectionStringBuilder(connectionString).Password is { Length: > 0 } password
            ? $" PASSWORD '{password.Replace("'", "''", StringComparison.Ordinal)}'"
            : "";

    /// <summary>A pooling data source, tracked for clean-up; its meter pool name is the test's application name plus a suffix.</summary>
    public NpgsqlDataSource Create(int maxPoolSize = 200, string poolSuffix = "")
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = ApplicationName,
            MaxPoolSize = maxPoolSize,
            Timeout = 10,
        };
        var builder = new NpgsqlDataSourceBuilder(settings.ConnectionString) { Name = ApplicationName + poolSuffix };
        var dataSource = builder.Build();
        _created.Add(dataSource);
        return dataSource;
    }

    /// <summary>
    /// A multi-host data source whose two hosts are the same server, so the test needs one server only; tracked
    /// for clean-up like <see cref="Create"/>.
    /// </summary>
    public NpgsqlMultiHostDataSource CreateMultiHost()
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = ApplicationName, Timeout = 10 };
        settings.Host = $"{settings.Host},{settings.Host}";
        var dataSource = new NpgsqlDataSourceBuilder(settings.ConnectionString) { Name = ApplicationName + "-multi-host" }.BuildMultiHost();
        _created.Add(dataSource);
        return dataSource;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var dataSource in _created)
        {
            await dataSource.DisposeAsync();
        }

        // Connections never returned to a pool outlive its disposal: end their sessions on the server.
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()",
            connection);
        terminate.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ApplicationName });
        await terminate.ExecuteScalarAsync();
    }
}
