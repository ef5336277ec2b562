namespace LifetimeAssert.Scenarios;

/// <summary>The outcome every front end must report for a scenario.</summary>
public enum Expected
{
    Pass,
    Leak,
    Inconclusive,
    NothingChecked,
    Throws,
}
