namespace LifetimeAssert.Tracking;

/// <summary>
/// The checks (and swept tests) running in the process, and the attribution rule for registrations made outside every
/// check's async flow (server request pipelines, hosted services, channel consumers, work queued without the execution
/// context, timer callbacks): they belong to the check that runs alone in the process — with no other check or test
/// beside it than the ones it runs inside (a check in a swept test) — otherwise to none, and every running check notes
/// that it saw them, so its report can say how many were not counted and how to isolate the test.
/// </summary>
internal static class ActiveChecks
{
    private static readonly object Gate = new();

    // Copy-on-write, so the registration path reads it without a lock.
    private static TrackingScope[] _active = [];

    // Allocation checks hold no scope (they register nothing), but they run code and count process-wide bytes.
    private static int _measuring;

    private static long _unattributed;

    /// <summary>How many checks (leak and allocation checks) and swept tests run now.</summary>
    public static int Count => Volatile.Read(ref _active).Length + Volatile.Read(ref _measuring);

    /// <summary>True when a check or a swept test runs now.</summary>
    public static bool Any => Count > 0;

    /// <summary>Registrations no check or swept test counted: made outside every flow while none ran alone, or while none ran at all.</summary>
    public static long Unattributed => Interlocked.Read(ref _unattributed);

    /// <summary>
    /// An allocation check starts: the other checks running now and later see that they overlapped it until it ends, or
    /// until <paramref name="cancellation"/> is cancelled, whichever comes first — so a check whose body never returns
    /// stops counting as running once its test timed out or was cancelled.
    /// </summary>
    public static Measurement EnterMeasurement(CancellationToken cancellation)
    {
        Interlocked.Increment(ref _measuring);
        return new Measurement(cancellation);
    }

    /// <summary>An allocation check ended, or its test was cancelled (see <see cref="Measurement"/>).</summary>
    internal static void ExitMeasurement() => Interlocked.Decrement(ref _measuring);

    /// <summary>
    /// Takes <paramref name="scope"/> out of the running checks when <paramref name="cancellation"/> is cancelled, also
    /// while its body never returns: an abandoned check must not keep later checks from owning off-flow registrations.
    /// Dispose the registration when the check ends (it exits then anyway).
    /// </summary>
    public static CancellationTokenRegistration ExitWhenCancelled(TrackingScope scope, CancellationToken cancellation) =>
        cancellation.UnsafeRegister(static s => Exit((TrackingScope)s!), scope);

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
    /// True when another check, or another test, runs beside the check of <paramref name="own"/>: anything but that
    /// scope and the scopes it runs inside, and any allocation check but <paramref name="ownMeasurements"/> of its own.
    /// </summary>
    public static bool OthersBeside(TrackingScope? own, int ownMeasurements = 0)
    {
        if (Volatile.Read(ref _measuring) > ownMeasurements)
        {
            return true;
        }

        // A loop, not a lambda: it runs after every measured run of an allocation check.
        foreach (var scope in Volatile.Read(ref _active))
        {
            if (own is null || !own.IsWithin(scope))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The check an off-flow registration of <paramref name="type"/> belongs to, or null: then every running check
    /// records that it saw one it could not count.
    /// </summary>
    public static TrackingScope? OffFlowOwner(Type type)
    {
        var active = Volatile.Read(ref _active);
        var innermost = Innermost(active);
        if (innermost is { RunsAlone: true } && Volatile.Read(ref _measuring) == 0)
        {
            return innermost;
        }

        foreach (var scope in active)
        {
            scope.NoteUncountedOffFlow(type);
        }

        NoteUnattributed();
        return null;
    }

    /// <summary>The scope every other active scope encloses, or null when they are not one chain. Loops, not lambdas: it runs on every off-flow registration, also inside an allocation check.</summary>
    private static TrackingScope? Innermost(TrackingScope[] active)
    {
        foreach (var candidate in active)
        {
            var withinAll = true;
            foreach (var other in active)
            {
                withinAll &= candidate.IsWithin(other);
            }

            if (withinAll)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Counts a registration that no check or swept test owns.</summary>
    public static void NoteUnattributed() => Interlocked.Increment(ref _unattributed);
}
