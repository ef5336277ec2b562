using LifetimeAssert.Probes;

namespace LifetimeAssert;

/// <summary>
/// A count sampled after every settle: live tracked instances, active timers, server-side prepared
/// statements, or anything a user can read. A probe whose count grows in every sample is a leak candidate.
/// </summary>
/// <remarks>
/// A check calls <see cref="Start"/> once before the first run, <see cref="Sample"/> after every settle and
/// <see cref="Stop"/> once when it ends (also when it fails). Probes that keep state between those calls
/// must not be shared by checks that run at the same time. A probe of another assembly overrides these members as
/// <c>protected</c>. Optional capabilities: <see cref="IDetailedProbe"/> (lines under its leak),
/// <see cref="IApproximateProbe"/>, <see cref="ICostlyProbe"/> and <see cref="IRecordedSampleObserver"/>.
/// </remarks>
public abstract class Probe
{
    /// <summary>Creates a probe.</summary>
    /// <param name="name">Shown in the report; unique within one check.</param>
    /// <param name="isProcessWide">True when the count also sees what other tests running at the same time create.</param>
    protected Probe(string name, bool isProcessWide)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        IsProcessWide = isProcessWide;
    }

    /// <summary>The name shown in the report.</summary>
    public string Name { get; }

    /// <summary>True when the count is process-wide, so the check needs its test to run alone to be trusted.</summary>
    public bool IsProcessWide { get; }

    /// <summary>
    /// The longest one call of <see cref="Start"/> or <see cref="Sample"/> may take: a call that takes longer ends the check
    /// as inconclusive naming the probe, whatever it returns.
    /// </summary>
    public static TimeSpan CallTimeout { get; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Cancelled when the check is cancelled (the test timed out or was cancelled, or the check's time budget was spent)
    /// or the current call has run past <see cref="CallTimeout"/>. Valid inside <see cref="Start"/> and
    /// <see cref="Sample"/> only: a probe that waits on anything (a server, a file, a lock) passes it on, so a read that
    /// cannot complete ends instead of hanging the check.
    /// </summary>
    protected CancellationToken CallCancellation => CurrentCall;

    /// <summary>The token of the call the engine is making now, set by the engine around each call.</summary>
    internal CancellationToken CurrentCall { get; set; }

    /// <summary>Reads the current count. Called after a settle, on the check's thread.</summary>
    /// <returns>The count; it must not be negative.</returns>
    protected internal abstract long Sample();

    /// <summary>Called once before the first run of a check; acquire what sampling needs here.</summary>
    protected internal virtual void Start()
    {
    }

    /// <summary>Called once when a check ends, also when it fails; release everything taken in <see cref="Start"/>.</summary>
    protected internal virtual void Stop()
    {
    }

    /// <summary>
    /// A judged probe from a delegate. The delegate must not allocate objects that the check counts.
    /// </summary>
    /// <param name="name">Shown in the report.</param>
    /// <param name="read">Returns the current count.</param>
    /// <returns>A process-wide probe (the engine cannot know what the delegate sees).</returns>
    public static Probe Counter(string name, Func<long> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return new CounterProbe(name, read, isProcessWide: true);
    }

    /// <summary>
    /// A judged probe from a delegate that waits on something (a server, a file): it is given <see cref="CallCancellation"/>
    /// and should pass it on. The delegate must not allocate objects that the check counts.
    /// </summary>
    /// <param name="name">Shown in the report.</param>
    /// <param name="read">Returns the current count; the token is cancelled when the check is cancelled or the read runs past <see cref="CallTimeout"/>.</param>
    /// <returns>A process-wide probe (the engine cannot know what the delegate sees).</returns>
    public static Probe Counter(string name, Func<CancellationToken, long> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return new CancellableCounterProbe(name, read);
    }

    /// <summary>Active <see cref="System.Threading.Timer"/> instances in the process; a leak lists the callbacks of the timers that grew.</summary>
    /// <returns>A new process-wide probe.</returns>
    public static Probe ActiveTimers() => new ActiveTimersProbe();

    /// <summary>Thread-pool work items queued and not yet started.</summary>
    /// <returns>A new process-wide probe.</returns>
    public static Probe PendingWorkItems() =>
        new CounterProbe("pending work items", () => ThreadPool.PendingWorkItemCount, isProcessWide: true);

    /// <summary>Open file descriptors (Linux, macOS) or handles (Windows) of the process.</summary>
    /// <returns>A new process-wide probe.</returns>
    public static Probe OpenFileDescriptors() =>
        new CounterProbe("file descriptors", OpenHandleCounter.Count, isProcessWide: true);

    /// <summary>Managed heap bytes in use after the settle.</summary>
    /// <returns>A new process-wide probe.</returns>
    public static Probe GcHeapBytes() =>
        new CounterProbe("heap bytes", () => GC.GetGCMemoryInfo().HeapSizeBytes, isProcessWide: true);
}
