namespace LifetimeAssert.Tracking;

/// <summary>
/// What a per-test sweep's scope keeps, beside every object registered with its disposal or lease: plain registrations
/// (<see cref="LifetimeTracker.Track{T}(T)"/>) only of the types it must see collected, and every object registered with
/// <see cref="LifetimeTracker.ExpectCollected"/>. A sweep always records creation sites, and leaves to no test what a
/// static initializer or a lazily created singleton registers: such an object lives for the process, whichever test
/// happened to create it first.
/// </summary>
/// <param name="Collected">Types whose tracked instances must be collected after the test (the collect level's list); empty at the dispose level.</param>
/// <param name="KeepsCollected">True at the collect level: objects expected to be collected are kept at all.</param>
/// <param name="Exempt">True for a test the sweep leaves out: its flow's registrations are its own, and kept by nobody.</param>
internal sealed record SweepPolicy(IReadOnlyList<Type> Collected, bool KeepsCollected, bool Exempt = false)
{
    public bool Tracks(Type type) => !Exempt && KeepsCollected && Collected.Any(t => t.IsAssignableFrom(type));
}
