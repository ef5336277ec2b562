namespace LifetimeAssert;

/// <summary>
/// Samples which types a code path allocates, for the <c>types</c> line of a failing allocation report. The
/// LifetimeAssert.HeapCensus package implements it on its census provider (an in-process EventPipe session reading the
/// runtime's GC allocation events); the core finds it through <see cref="CensusProviderAttribute"/>, so the core takes
/// no diagnostics dependency.
/// </summary>
/// <remarks>
/// The engine uses it only after an allocation check failed over budget: it starts a sampling, runs the body more times,
/// stops the sampling and attributes the sampled bytes to types. The verdict never depends on it.
/// </remarks>
public interface IAllocationTypeSampler
{
    /// <summary>Starts sampling the allocations of the whole process.</summary>
    /// <returns>The running sampling; stop it with <see cref="IAllocationTypeSampling.Stop"/>.</returns>
    /// <exception cref="InvalidOperationException">No sampling can start; the message says why and what to change.</exception>
    IAllocationTypeSampling StartSampling();
}

/// <summary>A running sampling started by <see cref="IAllocationTypeSampler.StartSampling"/>.</summary>
public interface IAllocationTypeSampling : IDisposable
{
    /// <summary>Stops the sampling and returns the sampled bytes per allocated type.</summary>
    /// <returns>
    /// For each type name (as the runtime spells it, e.g. <c>System.Byte[]</c>), the bytes its sampled allocations stand
    /// for: each sample stands for everything allocated since the previous one, about 100 KB.
    /// </returns>
    /// <exception cref="InvalidOperationException">The samples could not be read completely; the message says why.</exception>
    IReadOnlyDictionary<string, long> Stop();
}
