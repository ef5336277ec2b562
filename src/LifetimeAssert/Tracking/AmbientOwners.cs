namespace LifetimeAssert.Tracking;

/// <summary>
/// Owners a test framework can name from its own context when a registration has no scope in its flow: NUnit knows
/// which fixture's one-time set-up is running on a thread, although nothing of ours flowed there. Asked only for
/// registrations outside every check's and test's flow, before the off-flow rule of <see cref="ActiveChecks"/>.
/// </summary>
internal static class AmbientOwners
{
    private static readonly object Gate = new();

    // Copy-on-write, so the registration path reads it without a lock.
    private static Func<TrackingScope?>[] _resolvers = [];

    public static void Add(Func<TrackingScope?> resolver)
    {
        lock (Gate)
        {
            _resolvers = [.. _resolvers, resolver];
        }
    }

    public static void Remove(Func<TrackingScope?> resolver)
    {
        lock (Gate)
        {
            _resolvers = Array.FindAll(_resolvers, r => r != resolver);
        }
    }

    /// <summary>The open scope the framework's context names for the calling code, or null.</summary>
    public static TrackingScope? Current()
    {
        foreach (var resolver in Volatile.Read(ref _resolvers))
        {
            if (resolver() is { IsClosed: false } scope)
            {
                return scope;
            }
        }

        return null;
    }
}
