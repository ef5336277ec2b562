namespace LifetimeAssert;

/// <summary>
/// A judged probe whose count moves with everything the process does (the heap-wide census): other threads
/// allocate between two collections, so waiting for two rounds to agree on it would make settling flaky. It is
/// sampled once after the other probes settled, and judged like them.
/// </summary>
internal interface IApproximateProbe;
