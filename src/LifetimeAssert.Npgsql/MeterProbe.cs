using System.Diagnostics.Metrics;
using Npgsql;

namespace LifetimeAssert.Npgsql;

/// <summary>
/// A probe fed by one instrument of Npgsql's meter, keeping only the measurements tagged with the probed data
/// source's pool name. It listens from <see cref="OnStart"/> to <see cref="OnStop"/> and releases its listener then.
/// </summary>
internal abstract class MeterProbe(string name, NpgsqlDataSource dataSource, string instrumentName)
    : NpgsqlProbe(name)
{
    private MeterListener? _listener;
    private bool _instrumentFound;

    protected NpgsqlDataSource DataSource { get; } = dataSource;

    /// <summary>The pool name the measurements must carry; data sources with the same name are counted together.</summary>
    protected string PoolName { get; private set; } = "";

    protected MeterListener Listener => _listener ?? throw new InvalidOperationException("the probe was not started.");

    protected override void OnStart()
    {
        NpgsqlInternals.Npgsql10.ThrowIfDisposed(DataSource);
        PoolName = NpgsqlInternals.Npgsql10.PoolName(DataSource);
        _instrumentFound = false;
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == NpgsqlMeter.MeterName && instrument.Name == instrumentName)
                {
                    _instrumentFound = true;
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) => Accept(value, tags));
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => Accept(value, tags));
        _listener = listener;
        listener.Start();
        if (!_instrumentFound)
        {
            throw new InvalidOperationException(
                $"Npgsql's \"{NpgsqlMeter.MeterName}\" meter has no instrument \"{instrumentName}\" (Npgsql 10 names it so).");
        }
    }

    protected override void OnStop()
    {
        _listener?.Dispose();
        _listener = null;
    }

    /// <summary>Called for each measurement of the instrument that carries the probed pool's name.</summary>
    protected abstract void OnMeasurement(long value, ReadOnlySpan<KeyValuePair<string, object?>> tags);

    protected static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string key)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == key)
            {
                return tag.Value as string;
            }
        }

        return null;
    }

    private void Accept(long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (Tag(tags, NpgsqlMeter.PoolNameTag) == PoolName)
        {
            OnMeasurement(value, tags);
        }
    }
}
