namespace LifetimeAssert;

/// <summary>
/// Implemented by the LifetimeAssert.HeapCensus package: finds, for leaking probes, the shortest chain of
/// references from a GC root to one surviving object. The report asks for it only when a check found a leak,
/// because walking the heap's references costs a full heap snapshot.
/// </summary>
internal interface IRetentionPathFinder
{
    /// <summary>Finds one retention path per probe, in order; null where the probe counts no heap type or none survives.</summary>
    /// <param name="leaking">Leaking probes: census probes and tracked types.</param>
    /// <returns>One rendered path per probe (for example <c>static Program.Cache (List&lt;Session&gt;) -&gt; Session[] -&gt; Session</c>), or null.</returns>
    IReadOnlyList<string?> FindPaths(IReadOnlyList<Probe> leaking);
}
