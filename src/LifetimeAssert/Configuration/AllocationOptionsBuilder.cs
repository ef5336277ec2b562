using LifetimeAssert.Configuration;
using LifetimeAssert.Services;

namespace LifetimeAssert;

/// <summary>
/// Collects the settings of an allocation check; <see cref="CheckOptionsBuilder{TBuilder, TOptions}.Build()"/> validates
/// them all at once and freezes them into <see cref="AllocationOptions"/>. Every method returns the builder, so calls chain.
/// </summary>
public sealed class AllocationOptionsBuilder : CheckOptionsBuilder<AllocationOptionsBuilder, AllocationOptions>
{
    private long? _maxBytesPerRun;
    private bool _countAllThreads;

    private protected override string Kind => "allocation check";

    /// <summary>Sets the budget (required): the median of the bytes allocated per measured run must be at most this.</summary>
    /// <param name="bytes">One or more.</param>
    /// <returns>The builder.</returns>
    public AllocationOptionsBuilder MaxBytesPerRun(long bytes) => Set(ref _maxBytesPerRun, bytes);

    /// <summary>
    /// Counts every thread's allocations (process-wide), also for runs that complete on the calling thread: for a body
    /// that blocks on work done by other threads (<c>Parallel.For</c>, <c>Task.Run(...).Wait()</c>, sync over async),
    /// which the calling thread's counter would miss. Then the check must run alone to be trusted.
    /// </summary>
    /// <param name="countAllThreads">True to count all threads.</param>
    /// <returns>The builder.</returns>
    public AllocationOptionsBuilder CountAllThreads(bool countAllThreads = true) => Set(ref _countAllThreads, countAllThreads);

    private protected override void Validate(List<string> errors, EngineServices services) =>
        errors.InsertRange(0, AllocationOptionsValidator.Validate(_maxBytesPerRun));

    private protected override AllocationOptions Create() =>
        new(NameSetting, IterationsSetting, WarmupSetting, RunsAloneSetting, TimeBudgetSetting, _maxBytesPerRun!.Value, _countAllThreads);
}
