namespace LifetimeAssert.Verdict;

/// <summary>How a probe's count moved over a judged window of samples.</summary>
internal enum GrowthKind
{
    /// <summary>No net growth beyond the allowed growth.</summary>
    Flat,

    /// <summary>Net growth, but some samples did not grow: a slow leak or a cache filling to its bound.</summary>
    Intermittent,

    /// <summary>Every sample grew: a leak candidate.</summary>
    Steady,
}
