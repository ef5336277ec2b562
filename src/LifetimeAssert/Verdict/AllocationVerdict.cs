namespace LifetimeAssert;

/// <summary>The overall result of an allocation check.</summary>
public enum AllocationVerdict
{
    /// <summary>The median run allocated at most the budget.</summary>
    WithinBudget,

    /// <summary>The median run allocated more than the budget.</summary>
    OverBudget,

    /// <summary>
    /// The budget could not be judged: an allocation counter gave readings that cannot be true (the runtime's counters
    /// have returned 0 at random), or the check's time budget ran out. Fails, never passes silently.
    /// </summary>
    Inconclusive,
}
