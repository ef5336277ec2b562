namespace LifetimeAssert;

/// <summary>
/// The growth rule a leak check judges every count by (rule 3 of docs/options.md, "How a verdict is reached"): a count grew from one sample to the next
/// when it is strictly larger, and only a count that grew in every sample is a leak candidate. Public for probes that
/// apply it to the parts of their count, such as the heap census, which sums only the types that still grow.
/// </summary>
public static class SampleGrowth
{
    /// <summary>True when the count grew from <paramref name="before"/> to <paramref name="after"/>.</summary>
    /// <param name="before">The count at the earlier sample.</param>
    /// <param name="after">The count at the later sample.</param>
    /// <returns>Whether it grew.</returns>
    public static bool Grew(long before, long after) => after > before;
}
