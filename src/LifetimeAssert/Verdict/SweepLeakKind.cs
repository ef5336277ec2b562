namespace LifetimeAssert.Verdict;

/// <summary>How a swept test left an object behind.</summary>
internal enum SweepLeakKind
{
    /// <summary>Registered with its disposal and never disposed.</summary>
    NeverDisposed,

    /// <summary>Acquired as a lease (a pooled object, an opened connection) and never released.</summary>
    NeverReleased,

    /// <summary>Expected to be collected after the test, and alive once the heap settled.</summary>
    StillAlive,
}
