namespace LifetimeAssert;

/// <summary>Counts the checks running in the process, so process-wide probes can say when others overlapped.</summary>
internal static class RunningChecks
{
    private static int _running;

    public static int Count => Volatile.Read(ref _running);

    public static void Enter() => Interlocked.Increment(ref _running);

    public static void Exit() => Interlocked.Decrement(ref _running);
}
