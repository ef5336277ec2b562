namespace LifetimeAssert;

/// <summary>
/// Built-in process-wide probes. Every check samples and reports all of them; only those named in
/// <see cref="LeakOptions.Judge"/> can fail it, because they also count what other tests running at the
/// same time create.
/// </summary>
[Flags]
public enum ProcessProbes
{
    /// <summary>No process-wide probe is judged.</summary>
    None = 0,

    /// <summary>Active <see cref="System.Threading.Timer"/> instances (<see cref="Timer.ActiveCount"/>).</summary>
    Timers = 1,

    /// <summary>Work items queued to the thread pool and not yet started.</summary>
    PendingWorkItems = 2,

    /// <summary>Open file descriptors of the process (Linux and macOS) or handles (Windows).</summary>
    FileDescriptors = 4,

    /// <summary>Bytes of the managed heap after the settle. Noisy; judge it only with an allowed growth.</summary>
    HeapBytes = 8,
}
