namespace LifetimeAssert;

/// <summary>
/// A probe that can say what its count is made of (which concrete types grew, by how much, which keys are held):
/// its lines are shown under the probe's leak line and in <see cref="ProbeReport.Details"/>.
/// </summary>
/// <remarks>
/// Implement it on a class derived from <see cref="Probe"/>. The engine asks only leaking probes, once, when it builds
/// the report: after the last sample and after <see cref="Probe.Stop"/>, so keep what the lines need. An exception
/// thrown here propagates out of the check instead of a report; return an explanatory line instead.
/// </remarks>
/// <example>
/// <code>
/// sealed class OpenChannels(ChannelPool pool) : Probe("open channels", isProcessWide: false), IDetailedProbe
/// {
///     protected override long Sample() => pool.OpenCount;
///     public IReadOnlyList&lt;string&gt; DescribeGrowth() => pool.OpenNames().Select(n => "open: " + n).ToArray();
/// }
/// </code>
/// </example>
public interface IDetailedProbe
{
    /// <summary>Lines describing the growth, most important first; empty when there is nothing to add.</summary>
    /// <returns>The lines, each shown on its own line of the report, without indentation.</returns>
    IReadOnlyList<string> DescribeGrowth();
}
