using Npgsql;

namespace LifetimeAssert.Npgsql;

/// <summary>
/// Counts the server-side prepared statements held by a data source's pooled physical connections, read from
/// each connection's prepared-statement manager on the client, so sampling neither opens a connection nor
/// takes one from the pool.
/// </summary>
internal sealed class PreparedStatementsProbe(NpgsqlDataSource dataSource, NpgsqlInternals internals)
    : NpgsqlProbe(NpgsqlProbes.PreparedStatementsName)
{
    // Another thread may prepare a statement on the same pool while the dictionary is read; a retry reads a consistent state.
    private const int Attempts = 3;

    private IReadOnlyList<NpgsqlDataSource>? _pools;

    protected override void OnStart()
    {
        internals.ThrowIfDisposed(dataSource);

        // First use of the internals: an Npgsql whose members differ fails here, and the check names this probe.
        _pools = internals.Pools(dataSource);
    }

    protected override long Sample()
    {
        var pools = _pools ?? throw new InvalidOperationException("the probe was not started.");
        internals.ThrowIfDisposed(dataSource);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return pools.Sum(internals.CountPreparedStatements);
            }
            catch (InvalidOperationException) when (attempt < Attempts)
            {
                Thread.Yield();
            }
        }
    }

    protected override void OnStop() => _pools = null;
}
