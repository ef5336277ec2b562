namespace LifetimeAssert;

/// <summary>What the per-test sweep concluded about one passing test.</summary>
public enum SweepOutcome
{
    /// <summary>The test left nothing behind.</summary>
    Clean,

    /// <summary>The test left something behind that no baseline or marker allows: it fails.</summary>
    Leaked,

    /// <summary>The test left behind only what the baseline lists: reported, not failed.</summary>
    Baselined,

    /// <summary>The test is marked <see cref="LeakSweepExpectedAttribute"/> and leaked: reported, not failed.</summary>
    ExpectedLeak,

    /// <summary>The test is marked <see cref="LeakSweepExpectedAttribute"/> but leaked nothing: the leak is fixed and it fails, so the marker goes.</summary>
    ExpectedButClean,
}
