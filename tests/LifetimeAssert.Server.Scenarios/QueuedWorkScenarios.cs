using LifetimeAssert.Server.Scenarios.Audit;
using LifetimeAssert.Xunit;

namespace LifetimeAssert.Server.Scenarios;

/// <summary>Audit entries written by work queued with ThreadPool.UnsafeQueueUserWorkItem, outside the test's async flow.</summary>
public sealed class QueuedWorkScenarios
{
    [Fact, AssertNoLeak(Track = [typeof(AuditEntry)])]
    public Task QueuedWork_Leaking() => AuditTrail.WriteAsync("login", keep: true);

    [Fact, AssertNoLeak(Track = [typeof(AuditEntry)])]
    public Task QueuedWork_Clean() => AuditTrail.WriteAsync("login", keep: false);
}
