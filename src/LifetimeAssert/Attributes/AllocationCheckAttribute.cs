namespace LifetimeAssert;

/// <summary>
/// The options every framework's <c>[AssertAllocations]</c> attribute shares: after the warm-up, the median of the bytes
/// a test allocates per run must be at most <see cref="MaxBytesPerRun"/>. On a test method it checks that test; on a
/// class, all its tests; on the assembly it only sets defaults. Settings of the nearest level win.
/// </summary>
/// <remarks>
/// Beside <c>[AssertNoLeak]</c> on the same test, both checks run, the leak check first; the test fails with the first
/// check that fails (the allocation check does not run after a failed leak check). <see cref="CheckAttribute.RunAlone"/>
/// matters to a test that awaits: its runs are measured process-wide.
/// </remarks>
public abstract class AllocationCheckAttribute : CheckAttribute
{
    private long? _maxBytesPerRun;

    /// <summary>The budget in bytes per run (required, 1 or more): the median run must allocate at most this.</summary>
    public long MaxBytesPerRun
    {
        get => _maxBytesPerRun ?? 0;
        set => _maxBytesPerRun = value;
    }

    /// <summary>Applies the settings this attribute sets explicitly; unset ones keep the outer level's value.</summary>
    internal void ApplyTo(AllocationOptionsBuilder builder)
    {
        ApplyShared(builder);
        if (_maxBytesPerRun is { } budget)
        {
            builder.MaxBytesPerRun(budget);
        }
    }
}
