using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>A probe that cannot count fails the check with its name and the reason, never a silent 0.</summary>
[Collection(ServerWide.Name)]
public sealed class BadInputTests(PostgresLeakFixture postgres) : IAsyncDisposable
{
    private readonly TestDataSources _sources = new(postgres.ConnectionString);

    public static TheoryData<string> ProbeNames() =>
    [
        "Npgsql prepared statements",
        "Npgsql connections in use",
        "Npgsql idle connections",
        "Npgsql pending connection requests",
        "PostgreSQL server sessions",
    ];

    [Fact]
    public void Null_data_source_is_rejected_by_every_probe()
    {
        Assert.Throws<ArgumentNullException>("dataSource", () => NpgsqlProbes.PreparedStatements(null!));
        Assert.Throws<ArgumentNullException>("dataSource", () => NpgsqlProbes.ConnectionsInUse(null!));
        Assert.Throws<ArgumentNullException>("dataSource", () => NpgsqlProbes.IdleConnections(null!));
        Assert.Throws<ArgumentNullException>("dataSource", () => NpgsqlProbes.PendingConnectionRequests(null!));
        Assert.Throws<ArgumentNullException>("dataSource", () => NpgsqlProbes.ServerSessions(null!));
    }

    [Fact]
    public void Prepared_statements_of_a_data_source_without_pooling_are_rejected()
    {
        var settings = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Pooling = false };
        using var unpooled = NpgsqlDataSource.Create(settings.ConnectionString);

        var error = Assert.Throws<ArgumentException>("dataSource", () => NpgsqlProbes.PreparedStatements(unpooled));
        Assert.Contains("Pooling=false", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProbeNames))]
    public async Task Disposed_data_source_fails_the_check_naming_the_probe(string probeName)
    {
        var dataSource = _sources.Create();
        var probe = Create(probeName, dataSource);
        await dataSource.DisposeAsync();

        var reason = Checks.AssertInconclusive(await Checks.RunAsync(() => Task.CompletedTask, probe));

        Assert.StartsWith($"Probe \"{probeName}\" failed while ", reason, StringComparison.Ordinal);
        Assert.Contains("disposed", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_server_fails_the_check_naming_the_probe()
    {
        var settings = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Host = "127.0.0.1", Port = PortWithNothingListening(), Timeout = 3 };
        await using var unreachable = NpgsqlDataSource.Create(settings.ConnectionString);

        var reason = Checks.AssertInconclusive(await Checks.RunAsync(() => Task.CompletedTask, NpgsqlProbes.ServerSessions(unreachable)));

        Assert.StartsWith("Probe \"PostgreSQL server sessions\" failed while starting: ", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Role_without_login_permission_fails_the_check_naming_the_probe()
    {
        var role = $"la_nologin_{Guid.NewGuid():N}";
        await using var admin = _sources.Create();
        await using (var create = admin.CreateCommand($"CREATE ROLE {role} NOLOGIN{_sources.PasswordClause()}"))
        {
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        try
        {
            var settings = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Username = role };
            await using var forbidden = NpgsqlDataSource.Create(settings.ConnectionString);

            var reason = Checks.AssertInconclusive(await Checks.RunAsync(() => Task.CompletedTask, NpgsqlProbes.ServerSessions(forbidden)));

            Assert.StartsWith("Probe \"PostgreSQL server sessions\" failed while starting: ", reason, StringComparison.Ordinal);
            Assert.Contains("not permitted to log in", reason, StringComparison.Ordinal);
        }
        finally
        {
            await using var drop = admin.CreateCommand($"DROP ROLE {role}");
            await drop.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
    }

    public ValueTask DisposeAsync() => _sources.DisposeAsync();

    internal static Probe Create(string probeName, NpgsqlDataSource dataSource) => probeName switch
    {
        "Npgsql prepared statements" => NpgsqlProbes.PreparedStatements(dataSource),
        "Npgsql connections in use" => NpgsqlProbes.ConnectionsInUse(dataSource),
        "Npgsql idle connections" => NpgsqlProbes.IdleConnections(dataSource),
        "Npgsql pending connection requests" => NpgsqlProbes.PendingConnectionRequests(dataSource),
        _ => NpgsqlProbes.ServerSessions(dataSource),
    };

    internal static int PortWithNothingListening()
    {
        // A port just released by a listener of our own: nothing else is bound to it.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
