namespace LifetimeAssert.Tracking;

/// <summary>Where a registration goes: the check running in the caller's async flow, or the one that owns off-flow registrations.</summary>
internal static class Registration
{
    /// <summary>
    /// The scope a new object of <paramref name="type"/> is registered with, or null when no running check counts it.
    /// A scope that flowed here from a check that has ended counts as no flow: its work outlived the check. Outside every
    /// flow, a fixture the test framework names from its own context (<see cref="AmbientOwners"/>) owns it.
    /// </summary>
    public static TrackingScope? Owner(Type type)
    {
        var scope = TrackingScope.Current;
        if (scope is { IsClosed: false })
        {
            return scope;
        }

        if (AmbientOwners.Current() is { } ambient)
        {
            return ambient;
        }

        if (!ActiveChecks.Any)
        {
            ActiveChecks.NoteUnattributed();
            return null;
        }

        return ActiveChecks.OffFlowOwner(type);
    }
}
