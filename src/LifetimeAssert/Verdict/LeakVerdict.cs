namespace LifetimeAssert;

/// <summary>The overall result of a leak check.</summary>
public enum LeakVerdict
{
    /// <summary>No judged probe leaked.</summary>
    Passed,

    /// <summary>At least one judged probe grew in every sample and the growth was confirmed.</summary>
    Leaking,

    /// <summary>The heap never settled or a probe could not count, so nothing could be concluded. Fails, never passes silently.</summary>
    Inconclusive,

    /// <summary>Strict mode: a tracked type never appeared, so the check would have checked nothing.</summary>
    NothingChecked,
}
