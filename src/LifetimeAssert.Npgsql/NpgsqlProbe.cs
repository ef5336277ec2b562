namespace LifetimeAssert.Npgsql;

/// <summary>
/// Base of the Npgsql probes. Each keeps one check's state from <see cref="Start"/> to <see cref="Stop"/> (a meter
/// listener, a connection, the pools it reads), so one instance counts for one check at a time: a second check that
/// starts it meanwhile is refused (that check ends inconclusive naming the probe) and the first keeps its state. Once a
/// check has stopped it, the instance serves the next.
/// </summary>
internal abstract class NpgsqlProbe(string name) : Probe(name, isProcessWide: true)
{
    private int _inUse;

    protected sealed override void Start()
    {
        if (Interlocked.CompareExchange(ref _inUse, 1, 0) != 0)
        {
            throw new InvalidOperationException(
                "this probe instance is counting for another check that has not ended; a probe holds one check's state, " +
                "so give each check a probe of its own (NpgsqlProbes returns a new one on every call).");
        }

        try
        {
            OnStart();
        }
        catch
        {
            // A probe whose start failed is never stopped by its check: release what was taken, and the instance.
            try
            {
                OnStop();
            }
            finally
            {
                Volatile.Write(ref _inUse, 0);
            }

            throw;
        }
    }

    protected sealed override void Stop()
    {
        try
        {
            OnStop();
        }
        finally
        {
            Volatile.Write(ref _inUse, 0);
        }
    }

    /// <summary>Acquires what sampling needs; on an exception, <see cref="OnStop"/> releases whatever was acquired.</summary>
    protected abstract void OnStart();

    /// <summary>Releases what <see cref="OnStart"/> acquired, also after it failed part-way; must not throw for what was never acquired.</summary>
    protected virtual void OnStop()
    {
    }
}
