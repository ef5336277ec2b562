namespace LifetimeAssert.Tracking;

/// <summary>
/// The checks running in the process, and the attribution rule for registrations made outside every check's async
/// flow (server request pipelines, hosted services, channel consumers, work queued without the execution context,
/// timer callbacks): they belong to the check that runs alone in the process; otherwise to none, and every running
/// check notes that it saw them, so its report can say how many were not counted and how to isolate the test.
/// </summary>
internal static class ActiveChecks
{
    private static readonly object Gate = new();

    // Copy-on-write, so the registration path reads it without a lock.
    private static TrackingScope[] _active = [];

    // Allocation checks hold no scope (they register nothing), but they run code and count process-wide bytes.
    private static int _measuring;

    /// <summary>How many checks (leak and allocation checks) are running now.</summary>
    public static int Count => Volatile.Read(ref _active).Length + Volatile.Read(ref _measuring);

    /// <summary>An allocation check starts: the other checks running now and later see that they overlapped it.</summary>
    public static void EnterMeasurement() => Interlocked.Increment(ref _measuring);

    /// <summary>An allocation check ended.</summary>
    public static void ExitMeasurement() => Interlocked.Decrement(ref _measuring);

    public static void Enter(TrackingScope scope)
    {
        lock (Gate)
        {
            _active = [.. _active, scope];
        }
    }

    public static void Exit(TrackingScope scope)
    {
        lock (Gate)
        {
            _active = Array.FindAll(_active, s => !ReferenceEquals(s, scope));
        }
    }

    /// <summary>
    /// The check an off-flow registration of <paramref name="type"/> belongs to, or null: then every running check
    /// records that it saw one it could not count.
    /// </summary>
    public static TrackingScope? OffFlowOwner(Type type)
    {
        var active = Volatile.Read(ref _active);
        if (active.Length == 1 && active[0].RunsAlone && Volatile.Read(ref _measuring) == 0)
        {
            return active[0];
        }

        foreach (var scope in active)
        {
            scope.NoteUncountedOffFlow(type);
        }

        return null;
    }
}
