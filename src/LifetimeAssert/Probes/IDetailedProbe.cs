namespace LifetimeAssert;

/// <summary>
/// A probe that can say what its count is made of (which concrete types grew, by how much), shown under the
/// probe's leak line. Asked only for leaking probes, after the last sample.
/// </summary>
internal interface IDetailedProbe
{
    /// <summary>Lines describing the growth, most important first; empty when there is nothing to add.</summary>
    IReadOnlyList<string> DescribeGrowth();
}
