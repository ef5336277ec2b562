using Npgsql;

namespace LifetimeAssert.Npgsql;

/// <summary>
/// Requests waiting for one of the data source's pooled connections, summed from the
/// <c>db.client.connection.npgsql.pending_requests</c> up-down counter since the probe started.
/// </summary>
/// <remarks>
/// The counter reports changes, not totals, so a request already waiting when the probe started is not
/// seen; one that stops waiting afterwards is not allowed to drive the count below zero.
/// </remarks>
internal sealed class PendingRequestsProbe(NpgsqlDataSource dataSource)
    : MeterProbe(NpgsqlProbes.PendingConnectionRequestsName, dataSource, NpgsqlMeter.PendingRequests)
{
    private long _pending;

    protected override void OnStart()
    {
        Interlocked.Exchange(ref _pending, 0);
        base.OnStart();
    }

    protected override long Sample()
    {
        NpgsqlInternals.Npgsql10.ThrowIfDisposed(DataSource);
        return Math.Max(0, Interlocked.Read(ref _pending));
    }

    // Requests start and stop waiting on any thread that opens a connection.
    protected override void OnMeasurement(long value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        Interlocked.Add(ref _pending, value);
}
