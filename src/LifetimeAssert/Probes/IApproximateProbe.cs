namespace LifetimeAssert;

/// <summary>
/// Marks a judged probe whose count moves with everything the process does (the heap-wide census): other threads
/// allocate between two collections, so waiting for two settle rounds to agree on it would make settling flaky. It is
/// sampled once, after the other probes settled, and judged like them.
/// </summary>
/// <remarks>Implement it on a class derived from <see cref="Probe"/>; it has no members.</remarks>
#pragma warning disable CA1040 // a marker: the engine only asks whether a probe is one
public interface IApproximateProbe;
#pragma warning restore CA1040
