namespace LifetimeAssert.Verdict;

/// <summary>
/// When a leak check stops before its time budget is spent: when the first window's samples still planned would
/// overrun the budget at the pace of the samples taken so far. Only the planned window is projected (extension,
/// re-sampling and confirmation may add to it), so a check is stopped early only when even its least work cannot fit.
/// </summary>
internal static class TimeBudgetRules
{
    /// <summary>Samples after the baseline before the pace is trusted: the first one may carry first-use work.</summary>
    public const int SamplesBeforeProjecting = 2;

    /// <summary>
    /// The time the first window would take in all, at the pace of its samples so far, or null when too few samples
    /// were taken to tell or none is left to take.
    /// </summary>
    /// <param name="elapsed">The time since the check started.</param>
    /// <param name="sinceBaseline">The time since the baseline sample.</param>
    /// <param name="taken">Samples taken since the baseline.</param>
    /// <param name="planned">Samples of the first window (R).</param>
    public static TimeSpan? ProjectedTotal(TimeSpan elapsed, TimeSpan sinceBaseline, int taken, int planned)
    {
        if (taken < SamplesBeforeProjecting || taken >= planned)
        {
            return null;
        }

        // In ticks as a double: a day's budget over 100000 samples stays far inside TimeSpan's range either way.
        var perSample = (double)sinceBaseline.Ticks / taken;
        return elapsed + TimeSpan.FromTicks((long)Math.Min(perSample * (planned - taken), TimeSpan.MaxValue.Ticks - elapsed.Ticks));
    }

    /// <summary>True when <paramref name="projected"/> is over <paramref name="budget"/>.</summary>
    public static bool Overruns(TimeSpan? projected, TimeSpan budget) => projected is { } total && total > budget;
}
