namespace LifetimeAssert;

/// <summary>
/// Turns the <c>Census</c> type names of a check into probes. The LifetimeAssert.HeapCensus package implements it; the
/// core finds it through <see cref="CensusProviderAttribute"/>, so the core does not depend on the census's heavier
/// packages and the user need not touch any of its types.
/// </summary>
/// <remarks>
/// A provider may also implement <see cref="IRetentionPathFinder"/>. It is created with its parameterless constructor
/// (which may be non-public) each time the engine needs it, so it should keep no state of its own.
/// </remarks>
public interface ICensusProvider
{
    /// <summary>Creates the probes that count the named types, one per name.</summary>
    /// <param name="typeNames">The names as the user wrote them.</param>
    /// <returns>The probes, in the order of <paramref name="typeNames"/>.</returns>
    /// <exception cref="LeakConfigurationException">A name cannot be counted; list every such name in one exception.</exception>
    IReadOnlyList<Probe> CreateProbes(IReadOnlyList<string> typeNames);

    /// <summary>
    /// Heap walks the provider has taken in this process so far, complete or not (census reads and retention paths):
    /// what a census check costs. The report's run line shows how many a census check took.
    /// </summary>
    long HeapWalks { get; }
}
