using System.Diagnostics;

namespace LifetimeAssert.Npgsql;

/// <summary>
/// The server sessions this process opens while it listens: the backend pid of every physical connection Npgsql opens
/// in the process, whatever its data source, read from the "CONNECT" activity Npgsql raises for each physical open
/// (tag <c>db.npgsql.connection_id</c>, the backend pid). Only those activities are sampled; Npgsql's command
/// activities are left to other listeners. Disposing stops listening.
/// </summary>
internal sealed class OpenedSessions : IDisposable
{
    private const string NpgsqlSource = "Npgsql";
    private const string ConnectActivity = "CONNECT ";
    private const string BackendPidTag = "db.npgsql.connection_id";

    private readonly ActivityListener _listener;
    private readonly HashSet<int> _pids = [];

    public OpenedSessions()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == NpgsqlSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> options) => Sampling(options.Name),
            SampleUsingParentId = (ref ActivityCreationOptions<string> options) => Sampling(options.Name),
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Whether the open of the backend <paramref name="pid"/> was seen.</summary>
    public bool Saw(int pid)
    {
        lock (_pids)
        {
            return _pids.Contains(pid);
        }
    }

    /// <summary>The backend pids seen and not yet forgotten.</summary>
    public int[] Snapshot()
    {
        lock (_pids)
        {
            return [.. _pids];
        }
    }

    /// <summary>Forgets sessions that ended, so the set stays small and a pid the server reuses later is not taken for ours.</summary>
    public void Forget(IEnumerable<int> ended)
    {
        lock (_pids)
        {
            _pids.ExceptWith(ended);
        }
    }

    public void Dispose() => _listener.Dispose();

    private static ActivitySamplingResult Sampling(string name) =>
        name.StartsWith(ConnectActivity, StringComparison.Ordinal) ? ActivitySamplingResult.AllData : ActivitySamplingResult.None;

    private void Record(Activity activity)
    {
        if (activity.OperationName.StartsWith(ConnectActivity, StringComparison.Ordinal) && activity.GetTagItem(BackendPidTag) is int pid)
        {
            lock (_pids)
            {
                _pids.Add(pid);
            }
        }
    }
}
