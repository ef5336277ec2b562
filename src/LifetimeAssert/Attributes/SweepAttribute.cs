namespace LifetimeAssert;

/// <summary>
/// What every framework's <c>[assembly: LeakSweep]</c> sets: every test of the assembly is checked after it ends, with
/// no attribute on the tests. <c>LIFETIMEASSERT_SWEEP=off|dispose|collect</c> (and, on Microsoft.Testing.Platform,
/// <c>--leak-sweep &lt;level&gt;</c>) overrides <see cref="Level"/> for a run.
/// </summary>
public abstract class SweepAttribute : Attribute
{
    /// <summary>Creates the attribute; each framework's adapter derives its own.</summary>
    protected SweepAttribute()
    {
    }

    /// <summary>The level when the run does not set one (default <see cref="SweepLevel.Dispose"/>).</summary>
    public SweepLevel Level { get; set; } = SweepLevel.Dispose;

    /// <summary>
    /// At the <see cref="SweepLevel.Collect"/> level, the types whose instances registered with
    /// <see cref="LifetimeTracker.Track{T}(T)"/> during a test must be collected after it (as well as every object
    /// registered with <see cref="LifetimeTracker.ExpectCollected{T}(T)"/>).
    /// </summary>
    public Type[] Collect { get; set; } = [];
}
