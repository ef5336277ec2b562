namespace LifetimeAssert;

/// <summary>
/// Implemented by the LifetimeAssert.HeapCensus package: turns census type names into probes. The core
/// finds it by name so that it does not depend on the census's heavier packages.
/// </summary>
internal interface ICensusProvider
{
    /// <summary>Creates the probes that count the named types, one per name.</summary>
    IReadOnlyList<Probe> CreateProbes(IReadOnlyList<string> typeNames);
}
