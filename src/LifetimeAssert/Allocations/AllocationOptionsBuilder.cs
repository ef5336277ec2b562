namespace LifetimeAssert;

/// <summary>
/// Collects the settings of an allocation check; <see cref="Build"/> validates them all at once and freezes them into
/// <see cref="AllocationOptions"/>. Every method returns the builder, so calls chain.
/// </summary>
public sealed class AllocationOptionsBuilder
{
    private string? _name;
    private long? _maxBytesPerRun;
    private int _iterations = AllocationOptions.DefaultIterations;
    private int _warmup = AllocationOptions.DefaultWarmup;
    private bool _runsAlone;
    private bool _countAllThreads;

    /// <summary>Names the checked code path in the report.</summary>
    /// <param name="name">For example <c>OrderParser.Parse</c>.</param>
    /// <returns>The builder.</returns>
    public AllocationOptionsBuilder Name(string name)
    {
        _name = name;
        return this;
    }

    /// <summary>Sets the budget (required): the median of the bytes allocated per measured run must be at most this.</summary>
    /// <param name="bytes">One or more.</param>
    /// <returns>The builder.</returns>
    public AllocationOptionsBuilder MaxBytesPerRun(long bytes)
    {
        _maxBytesPerRun = bytes;
        return this;
    }

    /// <summary>Sets the number of measured runs after the warm-up (default 12).</summary>
    /// <param name="count">One or more.</param>
    /// <returns>The builder.</returns>
    public AllocationOptionsBuilder Iterations(int count)
    {
        _iterations = count;
        return this;
    }

    /// <summary>Sets the number of unmeasured runs before the measured ones (default 3).</summary>
    /// <param name="count">Zero or more.</param>
    /// <returns>The builder.</returns>
    public AllocationOptionsBuilder Warmup(int count)
    {
        _warmup = count;
        return this;
    }

    /// <summary>
    /// Declares that nothing else runs in the process during the check. Only process-wide measurement (a body that
    /// awaits something incomplete) needs it; without it such a report warns that other code may have been counted.
    /// </summary>
    /// <param name="runsAlone">True when no other test runs at the same time.</param>
    /// <returns>The builder.</returns>
    public AllocationOptionsBuilder RunsAlone(bool runsAlone = true)
    {
        _runsAlone = runsAlone;
        return this;
    }

    /// <summary>
    /// Counts every thread's allocations (process-wide), also for runs that complete on the calling thread: for a body
    /// that blocks on work done by other threads (<c>Parallel.For</c>, <c>Task.Run(...).Wait()</c>, sync over async),
    /// which the calling thread's counter would miss. Then the check must run alone to be trusted.
    /// </summary>
    /// <param name="countAllThreads">True to count all threads.</param>
    /// <returns>The builder.</returns>
    public AllocationOptionsBuilder CountAllThreads(bool countAllThreads = true)
    {
        _countAllThreads = countAllThreads;
        return this;
    }

    /// <summary>Validates every setting and returns the frozen options.</summary>
    /// <returns>The options.</returns>
    /// <exception cref="LeakConfigurationException">One or more settings are invalid; the message lists them all.</exception>
    public AllocationOptions Build()
    {
        var errors = AllocationOptionsValidator.Validate(_maxBytesPerRun, _iterations, _warmup);
        if (errors.Count > 0)
        {
            throw new LeakConfigurationException(errors, "allocation check");
        }

        return new AllocationOptions(string.IsNullOrWhiteSpace(_name) ? null : _name, _maxBytesPerRun!.Value, _iterations, _warmup, _runsAlone, _countAllThreads);
    }
}
