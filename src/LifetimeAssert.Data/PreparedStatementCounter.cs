namespace LifetimeAssert.Data;

/// <summary>
/// Prepared statements held by the open connections of one tracked data source, factory or connection: each
/// connection adds its distinct prepared command texts and takes them back when it is closed or disposed.
/// </summary>
internal sealed class PreparedStatementCounter
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Add(long statements) => Interlocked.Add(ref _count, statements);
}
