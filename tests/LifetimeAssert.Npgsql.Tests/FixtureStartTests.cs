using Npgsql;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>
/// Starting <see cref="PostgresLeakFixture"/> either succeeds or fails with a message that says what to fix, within a
/// bounded time, and leaves nothing half-made: a malformed <c>LIFETIMEASSERT_POSTGRES</c> is named and never echoed
/// (it holds a password), a server that never answers ends the start at its timeout. These tests set the process's
/// environment, so they run in the non-parallel collection and restore it.
/// </summary>
[Collection(ServerWide.Name)]
public sealed class FixtureStartTests(PostgresLeakFixture postgres) : IAsyncDisposable
{
    private const string TimeoutVariable = "LIFETIMEASSERT_POSTGRES_START_TIMEOUT";

    private readonly string? _server = Environment.GetEnvironmentVariable(PostgresServer.EnvironmentVariable);
    private readonly string? _timeout = Environment.GetEnvironmentVariable(TimeoutVariable);
    private readonly List<PostgresLeakFixture> _fixtures = [];

    public static TheoryData<string> Malformed() =>
    [
        "Host=127.0.0.1;Password=secret;Port",
        "Host=127.0.0.1;Password=secret;Port=not-a-port",
        "Host=127.0.0.1;Password=se;cret;Port=5432",
        "Host=127.0.0.1;Password='secret;Port=5432",
    ];

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Malformed_connection_string_is_named_never_echoed_and_leaves_the_fixture_uninitialized(string connectionString)
    {
        Environment.SetEnvironmentVariable(PostgresServer.EnvironmentVariable, connectionString);
        var fixture = Fixture();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.InitializeAsync().AsTask());

        Assert.StartsWith("The LIFETIMEASSERT_POSTGRES environment variable does not hold a valid Npgsql connection string", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("cret", error.ToString(), StringComparison.Ordinal);
        AssertUninitialized(fixture);

        // Not half-initialized: a second start fails the same way instead of handing out what the first left.
        var again = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.InitializeAsync().AsTask());
        Assert.Equal(error.Message, again.Message);
    }

    [Fact]
    public async Task Server_that_never_answers_ends_the_start_at_the_timeout_from_the_environment()
    {
        using var silent = new SilentServer();
        Environment.SetEnvironmentVariable(PostgresServer.EnvironmentVariable, $"Host=127.0.0.1;Port={silent.Port};Username=postgres;Password=secret;Timeout=60");
        Environment.SetEnvironmentVariable(TimeoutVariable, "1");
        var fixture = Fixture();

        var error = await Assert.ThrowsAsync<TimeoutException>(() => fixture.InitializeAsync().AsTask());

        Assert.Equal(
            $"The PostgreSQL fixture did not start within 1 s: the server from LIFETIMEASSERT_POSTGRES (127.0.0.1:{silent.Port}) did not answer. " +
            $"Set {TimeoutVariable} (seconds) to wait longer.",
            error.Message);
        Assert.DoesNotContain("secret", error.ToString(), StringComparison.Ordinal);
        AssertUninitialized(fixture);
    }

    [Fact]
    public async Task Server_that_never_answers_ends_the_start_at_the_fixtures_own_timeout()
    {
        using var silent = new SilentServer();
        Environment.SetEnvironmentVariable(PostgresServer.EnvironmentVariable, $"Host=127.0.0.1;Port={silent.Port};Username=postgres;Password=secret;Timeout=60");
        Environment.SetEnvironmentVariable(TimeoutVariable, null);
        var fixture = Fixture(new PostgresLeakFixture { StartTimeout = TimeSpan.FromSeconds(0.5) });

        var error = await Assert.ThrowsAsync<TimeoutException>(() => fixture.InitializeAsync().AsTask());

        Assert.StartsWith("The PostgreSQL fixture did not start within 0.5 s: ", error.Message, StringComparison.Ordinal);
        AssertUninitialized(fixture);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("86401")]
    public async Task Malformed_start_timeout_is_named_with_its_value(string value)
    {
        Environment.SetEnvironmentVariable(PostgresServer.EnvironmentVariable, postgres.ConnectionString);
        Environment.SetEnvironmentVariable(TimeoutVariable, value);
        var fixture = Fixture();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.InitializeAsync().AsTask());

        Assert.Equal(
            $"The {TimeoutVariable} environment variable must be a number of seconds greater than 0 and at most 86400 (a day); it is \"{value}\".",
            error.Message);
        AssertUninitialized(fixture);
    }

    [Fact]
    public void Start_timeout_is_set_here_else_by_the_environment_else_five_minutes()
    {
        Environment.SetEnvironmentVariable(TimeoutVariable, null);
        Assert.Equal(TimeSpan.FromMinutes(5), new PostgresLeakFixture().StartTimeout);

        Environment.SetEnvironmentVariable(TimeoutVariable, "90");
        Assert.Equal(TimeSpan.FromSeconds(90), new PostgresLeakFixture().StartTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), new PostgresLeakFixture { StartTimeout = TimeSpan.FromSeconds(5) }.StartTimeout);

        Assert.Throws<ArgumentOutOfRangeException>("value", () => new PostgresLeakFixture { StartTimeout = TimeSpan.Zero });
        Assert.Throws<ArgumentOutOfRangeException>("value", () => new PostgresLeakFixture { StartTimeout = TimeSpan.FromDays(2) });
    }

    [Fact]
    public async Task Server_from_the_environment_that_answers_starts_the_fixture_and_outlives_it()
    {
        Environment.SetEnvironmentVariable(PostgresServer.EnvironmentVariable, postgres.ConnectionString);
        Environment.SetEnvironmentVariable(TimeoutVariable, "30");
        var fixture = Fixture();

        await fixture.InitializeAsync();
        await using (var command = fixture.DataSource.CreateCommand("SELECT 1"))
        {
            Assert.Equal(1, await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        }

        Assert.Equal(PostgresServer.EnvironmentVariable, fixture.Source);
        await fixture.DisposeAsync();

        // The server came from the environment: disposing the fixture leaves it running.
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Environment.SetEnvironmentVariable(PostgresServer.EnvironmentVariable, _server);
        Environment.SetEnvironmentVariable(TimeoutVariable, _timeout);
        foreach (var fixture in _fixtures)
        {
            await fixture.DisposeAsync();
        }
    }

    private static void AssertUninitialized(PostgresLeakFixture fixture)
    {
        var error = Assert.Throws<InvalidOperationException>(() => fixture.DataSource);
        Assert.StartsWith("The PostgreSQL fixture has not been initialized", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => fixture.ConnectionString);
    }

    private PostgresLeakFixture Fixture(PostgresLeakFixture? fixture = null)
    {
        fixture ??= new PostgresLeakFixture();
        _fixtures.Add(fixture);
        return fixture;
    }
}
