namespace LifetimeAssert.Server.Scenarios.Audit;

/// <summary>One action written to the audit trail. Tracked: a leak check counts the live ones.</summary>
public sealed class AuditEntry
{
    public AuditEntry(string action)
    {
        Action = action;
        _ = LifetimeTracker.Track(this);
    }

    public string Action { get; }
}
