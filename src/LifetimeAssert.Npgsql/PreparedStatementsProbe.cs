using Npgsql;

namespace LifetimeAssert.Npgsql;

/// <summary>
/// Counts the server-side prepared statements held by a data source's pooled physical connections, read from
/// each connection's prepared-statement manager on the client, so sampling neither opens a connection nor
/// takes one from the pool.
/// </summary>
internal sealed class PreparedStatementsProbe(NpgsqlDataSource dataSource, IReadOnlyList<NpgsqlDataSource> pools)
    : Probe(NpgsqlProbes.PreparedStatementsName, isProcessWide: true)
{
    // Another thread may prepare a statement on the same pool while the dictionary is read; a retry reads a consistent state.
    private const int Attempts = 3;

    protected internal override void Start() => NpgsqlInternals.ThrowIfDisposed(dataSource);

    protected internal override long Sample()
    {
        NpgsqlInternals.ThrowIfDisposed(dataSource);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return pools.Sum(NpgsqlInternals.CountPreparedStatements);
            }
            catch (InvalidOperationException) when (attempt < Attempts)
            {
                Thread.Yield();
            }
        }
    }
}
