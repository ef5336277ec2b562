using Npgsql;

namespace LifetimeAssert.Npgsql;

/// <summary>
/// The data source's pooled physical connections in one state (<c>used</c> or <c>idle</c>), from the observable
/// <c>db.client.connection.count</c> instrument, observed on demand when sampling.
/// </summary>
internal sealed class ConnectionCountProbe(string name, NpgsqlDataSource dataSource, string state)
    : MeterProbe(name, dataSource, NpgsqlMeter.ConnectionCount)
{
    private long _count;
    private bool _observed;

    protected override long Sample()
    {
        NpgsqlInternals.Npgsql10.ThrowIfDisposed(DataSource);
        _count = 0;
        _observed = false;
        Listener.RecordObservableInstruments();

        // A live pooling data source always reports both states; silence means nothing can be counted.
        return _observed
            ? _count
            : throw new InvalidOperationException(
                $"Npgsql reported no connection count for the data source \"{PoolName}\": it has no connection pool (Pooling=false) or was disposed.");
    }

    protected override void OnMeasurement(long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (Tag(tags, NpgsqlMeter.StateTag) == state)
        {
            _observed = true;
            _count += value;
        }
    }
}
