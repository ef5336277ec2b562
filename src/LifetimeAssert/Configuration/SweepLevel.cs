namespace LifetimeAssert;

/// <summary>What the per-test sweep (<c>[assembly: LeakSweep]</c>) checks after every test.</summary>
public enum SweepLevel
{
    /// <summary>Nothing: the sweep is off for the run.</summary>
    Off,

    /// <summary>
    /// Every object registered during the test with its disposal or lease (the ADO.NET and EF Core hooks, a hook of your
    /// own) must be disposed or released when the test ends. No garbage collection: deterministic and cheap.
    /// </summary>
    Dispose,

    /// <summary>
    /// <see cref="Dispose"/>, and every object the test registered as "should be gone after this test"
    /// (<see cref="LifetimeTracker.ExpectCollected{T}(T)"/>, and tracked instances of the sweep's <c>Collect</c> types)
    /// must be collected once the test instance is released and the heap settled.
    /// </summary>
    Collect,
}
