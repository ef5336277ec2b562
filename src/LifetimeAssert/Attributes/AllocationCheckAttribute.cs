namespace LifetimeAssert;

/// <summary>
/// The options every framework's <c>[AssertAllocations]</c> attribute shares: after the warm-up, the median of the bytes
/// a test allocates per run must be at most <see cref="MaxBytesPerRun"/>. On a test method it checks that test; on a
/// class, all its tests; on the assembly it only sets defaults. Settings of the nearest level win.
/// </summary>
/// <remarks>
/// Beside <c>[AssertNoLeak]</c> on the same test, both checks run, the leak check first; the test fails with the first
/// check that fails (the allocation check does not run after a failed leak check).
/// </remarks>
public abstract class AllocationCheckAttribute : Attribute
{
    private long? _maxBytesPerRun;
    private int? _iterations;
    private int? _warmup;
    private bool? _runAlone;

    /// <summary>The budget in bytes per run (required, 1 or more): the median run must allocate at most this.</summary>
    public long MaxBytesPerRun
    {
        get => _maxBytesPerRun ?? 0;
        set => _maxBytesPerRun = value;
    }

    /// <summary>Measured runs after the warm-up (default 12).</summary>
    public int Iterations
    {
        get => _iterations ?? AllocationOptions.DefaultIterations;
        set => _iterations = value;
    }

    /// <summary>Unmeasured runs before the measured ones (default 3).</summary>
    public int Warmup
    {
        get => _warmup ?? AllocationOptions.DefaultWarmup;
        set => _warmup = value;
    }

    /// <summary>
    /// True (the default): the adapter runs the test alone, after the tests that run in parallel, so process-wide
    /// measurement (a test that awaits) counts no other test's allocations. False: the test runs in parallel as usual;
    /// a synchronous test is still measured exactly, on its own thread.
    /// </summary>
    public bool RunAlone
    {
        get => _runAlone ?? true;
        set => _runAlone = value;
    }

    /// <summary>The <see cref="RunAlone"/> value this attribute sets explicitly, or null when it leaves it to an outer level.</summary>
    internal bool? RunAloneSetting => _runAlone;

    /// <summary>Applies the settings this attribute sets explicitly; unset ones keep the outer level's value.</summary>
    internal void ApplyTo(AllocationOptionsBuilder builder)
    {
        if (_maxBytesPerRun is { } budget)
        {
            builder.MaxBytesPerRun(budget);
        }

        if (_iterations is { } iterations)
        {
            builder.Iterations(iterations);
        }

        if (_warmup is { } warmup)
        {
            builder.Warmup(warmup);
        }
    }
}
