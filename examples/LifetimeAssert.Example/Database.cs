using LifetimeAssert;

namespace LifetimeAssert.Example;

/// <summary>
/// A database handle in the style of Go's database/sql: it keeps every prepared statement in its own map
/// until the statement is closed, so a statement that is never closed can never be collected.
/// </summary>
public sealed class Database
{
    private readonly Dictionary<int, PreparedStatement> _statements = [];
    private int _nextId;

    public int OpenStatements => _statements.Count;

    public PreparedStatement Prepare(string sql)
    {
        var statement = new PreparedStatement(this, ++_nextId, sql);
        _statements.Add(statement.Id, statement);
        return statement;
    }

    internal void Release(PreparedStatement statement) => _statements.Remove(statement.Id);
}

/// <summary>A server-side prepared statement; it registers itself so a leak check can count it.</summary>
public sealed class PreparedStatement : IDisposable
{
    private readonly Database _database;

    internal PreparedStatement(Database database, int id, string sql)
    {
        _database = database;
        Id = id;
        Sql = sql;
        LifetimeTracker.Track(this);
    }

    public int Id { get; }

    public string Sql { get; }

    public Order Query(int id) => new(id, "order " + id);

    public void Dispose() => _database.Release(this);
}

public sealed record Order(int Id, string Description);
