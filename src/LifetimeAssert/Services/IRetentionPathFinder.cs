namespace LifetimeAssert;

/// <summary>
/// Finds, for leaking probes, the shortest chain of references from a GC root to one surviving object, shown as the
/// probe's <c>held by</c> line. Implemented by the census provider (see <see cref="ICensusProvider"/>); the report asks
/// for it only when a check found a leak, because walking the heap's references costs a full heap snapshot.
/// </summary>
/// <remarks>
/// A probe counts a heap type when it is a <see cref="TrackedTypeProbe"/> (its <see cref="TrackedTypeProbe.Type"/>) or
/// one the finder created itself. An exception thrown here never changes the verdict: the report shows it as the path.
/// </remarks>
public interface IRetentionPathFinder
{
    /// <summary>Finds one retention path per probe, in order; null where the probe counts no heap type or none survives.</summary>
    /// <param name="leaking">Leaking probes: census probes and tracked types.</param>
    /// <returns>One rendered path per probe (for example <c>static Program.Cache (List&lt;Session&gt;) -&gt; Session[] -&gt; Session</c>), or null.</returns>
    IReadOnlyList<string?> FindPaths(IReadOnlyList<Probe> leaking);
}
