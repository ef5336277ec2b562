namespace LifetimeAssert;

/// <summary>
/// Marks a known leak: the per-test sweep reports it and does not fail the test — until the leak is fixed, when the test
/// fails saying so, so the marker does not outlive the bug.
/// </summary>
/// <param name="reason">The known leak, for the next reader: required.</param>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class LeakSweepExpectedAttribute(string reason) : Attribute
{
    /// <summary>The known leak.</summary>
    public string Reason { get; } = reason;
}
