namespace LifetimeAssert;

/// <summary>Leaves a test (or every test of a class) out of the per-test sweep; the summary counts it as exempt.</summary>
/// <param name="reason">Why, for the next reader: required.</param>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class LeakSweepSkipAttribute(string reason) : Attribute
{
    /// <summary>Why the test is not swept.</summary>
    public string Reason { get; } = reason;
}
