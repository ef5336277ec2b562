namespace LifetimeAssert.Data.Tests;

/// <summary>How the generic prepared-statement count follows Prepare and the connection's lifetime.</summary>
public sealed class PreparedStatementTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_statement_counts_once_per_text_per_connection_until_the_connection_closes()
    {
        var first = _database.Open();
        using var second = _database.Open();
        Prepare(first, "SELECT 1");
        Prepare(first, "SELECT 1");
        await PrepareAsync(first, "SELECT 2");
        Prepare(second, "SELECT 1");

        Assert.Equal(3, _database.DataSource.Statements.Count);

        first.Close();
        Assert.Equal(1, _database.DataSource.Statements.Count);
        second.Dispose();
        Assert.Equal(0, _database.DataSource.Statements.Count);
    }

    [Fact]
    public void Disposing_the_command_keeps_its_statement_counted()
    {
        using var connection = _database.Open();

        Prepare(connection, "SELECT name FROM items");

        Assert.Equal(1, _database.DataSource.Statements.Count);
    }

    [Fact]
    public void The_probe_is_named_and_scoped_to_its_data_source()
    {
        using var other = new SqliteDatabase();
        using var connection = other.Open();
        Prepare(connection, "SELECT 1");

        var probe = DataProbes.PreparedStatements(_database.DataSource);

        Assert.Equal("prepared statements", probe.Name);
        Assert.Equal(0, _database.DataSource.Statements.Count);
        Assert.Equal(1, other.DataSource.Statements.Count);
    }

    [Fact]
    public void A_factory_counts_for_itself_and_its_data_sources_and_a_wrapped_connection_for_itself()
    {
        var factory = Microsoft.Data.Sqlite.SqliteFactory.Instance.WithLifetimeTracking();
        using var dataSource = (TrackedDataSource)factory.CreateDataSource(_database.ConnectionString);
        using var fromFactory = (TrackedConnection)factory.CreateConnection()!;
        fromFactory.ConnectionString = _database.ConnectionString;
        fromFactory.Open();
        using var fromDataSource = (TrackedConnection)dataSource.OpenConnection();
        using var wrapped = new Microsoft.Data.Sqlite.SqliteConnection(_database.ConnectionString).WithLifetimeTracking();
        wrapped.Open();

        Prepare(fromFactory, "SELECT 1");
        Prepare(fromDataSource, "SELECT 1");
        Prepare(wrapped, "SELECT 1");

        Assert.Equal(2, factory.Statements.Count);
        Assert.Same(factory.Statements, dataSource.Statements);
        Assert.Equal(1, wrapped.Statements.Count);
        Assert.Equal("prepared statements", DataProbes.PreparedStatements(factory).Name);
        Assert.Equal("prepared statements", DataProbes.PreparedStatements(wrapped).Name);
    }

    private static void Prepare(TrackedConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Prepare();
    }

    private static async Task PrepareAsync(TrackedConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.PrepareAsync(Ct);
    }
}
