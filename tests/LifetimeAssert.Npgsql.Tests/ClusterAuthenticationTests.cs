using Npgsql;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>
/// The throwaway cluster is reachable by every local account (127.0.0.1), so it must not admit anyone without its
/// password: a passwordless superuser lets any local user run <c>COPY ... TO PROGRAM</c> as the server's user.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ClusterAuthenticationTests(ThrowawayCluster throwaway) : IClassFixture<ThrowawayCluster>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Routes() => ["TCP 127.0.0.1", "Unix socket"];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Connection_without_password_is_refused(string route)
    {
        // Npgsql would fall back to PGPASSWORD or a password file: neither may supply the password here.
        Assert.SkipWhen(Environment.GetEnvironmentVariable("PGPASSWORD") is not null, "PGPASSWORD is set: a connection without a password would use it.");
        var emptyPassfile = Path.GetTempFileName();
        try
        {
            var settings = Settings(route);
            settings.Password = null;
            settings.Passfile = emptyPassfile;

            await using var connection = new NpgsqlConnection(settings.ConnectionString);

            var error = await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync(Ct));
            Assert.Contains("No password has been provided", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(emptyPassfile);
        }
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Connection_with_a_wrong_password_is_refused(string route)
    {
        var settings = Settings(route);
        settings.Password = "not-the-password";

        await using var connection = new NpgsqlConnection(settings.ConnectionString);

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync(Ct));
        Assert.Equal(PostgresErrorCodes.InvalidPassword, error.SqlState);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Connection_with_the_password_is_admitted(string route)
    {
        await using var connection = new NpgsqlConnection(Settings(route).ConnectionString);
        await connection.OpenAsync(Ct);

        await using var command = new NpgsqlCommand("SELECT 1", connection);
        Assert.Equal(1, await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task No_authentication_rule_trusts_a_client()
    {
        await using var connection = new NpgsqlConnection(Settings("TCP 127.0.0.1").ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT type, auth_method FROM pg_hba_file_rules", connection);
        var rules = new List<(string Type, string Method)>();
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                rules.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        Assert.NotEmpty(rules);
        Assert.All(rules, rule => Assert.Equal("scram-sha-256", rule.Method));
    }

    [Fact]
    public void Cluster_directory_is_private_and_keeps_no_copy_of_the_password()
    {
        var cluster = throwaway.Cluster;
        var password = new NpgsqlConnectionStringBuilder(cluster.ConnectionString).Password;

        Assert.False(string.IsNullOrEmpty(password), "the cluster's connection string carries no password");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(cluster.Directory));
        var plain = System.Text.Encoding.UTF8.GetBytes(password);
        foreach (var file in Directory.EnumerateFiles(cluster.Directory, "*", SearchOption.AllDirectories))
        {
            if ((File.GetAttributes(file) & FileAttributes.ReparsePoint) == 0 && !IsSocket(file))
            {
                Assert.True(File.ReadAllBytes(file).AsSpan().IndexOf(plain) < 0, $"{file} holds the password in plain text");
            }
        }
    }

    private static bool IsSocket(string file) => Path.GetFileName(file).StartsWith(".s.PGSQL.", StringComparison.Ordinal);

    private NpgsqlConnectionStringBuilder Settings(string route)
    {
        var cluster = throwaway.Cluster;
        var settings = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Pooling = false, Timeout = 10 };
        if (route == "Unix socket")
        {
            settings.Host = cluster.Directory;
        }

        return settings;
    }
}
