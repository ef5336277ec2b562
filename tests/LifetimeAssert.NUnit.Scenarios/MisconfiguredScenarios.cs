using LifetimeAssert.Scenarios;
using NUnit.Framework;

namespace LifetimeAssert.NUnit.Scenarios;

/// <summary>
/// Misconfigured checks (issue 19, part 9; the cases and the problems each must name are in <see cref="Misconfigured"/>):
/// each must fail before its body's first run. The bodies record that they ran and throw; the last test is the valid
/// control whose record must show. (A package user gets LA0004 at build time for three of them; the runtime must refuse
/// them all the same, for a user who silenced it.)
/// </summary>
public sealed class MisconfiguredScenarios
{
    [Test, AssertNoLeak(Iterations = 0, Track = [typeof(Session)])]
    public void Misconfigured_IterationsZero() => Misconfigured.Body(nameof(Misconfigured_IterationsZero));

    [Test, AssertNoLeak(Iterations = 13, Track = [typeof(Session)])]
    public void Misconfigured_IterationsNotMultiple() => Misconfigured.Body(nameof(Misconfigured_IterationsNotMultiple));

    [Test, AssertNoLeak(SampleEvery = 0, Track = [typeof(Session)])]
    public void Misconfigured_SampleEveryZero() => Misconfigured.Body(nameof(Misconfigured_SampleEveryZero));

    [Test, AssertNoLeak(Warmup = -1, Track = [typeof(Session)])]
    public void Misconfigured_WarmupNegative() => Misconfigured.Body(nameof(Misconfigured_WarmupNegative));

    [Test, AssertNoLeak(AllowedGrowth = -1, Track = [typeof(Session)])]
    public void Misconfigured_AllowedGrowthNegative() => Misconfigured.Body(nameof(Misconfigured_AllowedGrowthNegative));

    [Test, AssertNoLeak(Track = [typeof(int)])]
    public void Misconfigured_TrackValueType() => Misconfigured.Body(nameof(Misconfigured_TrackValueType));

    [Test, AssertNoLeak(Track = [typeof(List<>)])]
    public void Misconfigured_TrackOpenGeneric() => Misconfigured.Body(nameof(Misconfigured_TrackOpenGeneric));

    [Test, AssertNoLeak(Census = [""])]
    public void Misconfigured_CensusEmpty() => Misconfigured.Body(nameof(Misconfigured_CensusEmpty));

    [Test, AssertNoLeak(Census = ["No.Such.Type"])]
    public void Misconfigured_CensusUnknown() => Misconfigured.Body(nameof(Misconfigured_CensusUnknown));

    [Test, AssertNoLeak(TimeBudgetSeconds = 0, Track = [typeof(Session)])]
    public void Misconfigured_TimeBudgetZero() => Misconfigured.Body(nameof(Misconfigured_TimeBudgetZero));

    [Test, AssertAllocations(Iterations = 0, MaxBytesPerRun = 4096)]
    public void Misconfigured_Allocations_IterationsZero() => Misconfigured.Body(nameof(Misconfigured_Allocations_IterationsZero));

    [Test, AssertAllocations(Warmup = -1, MaxBytesPerRun = 4096)]
    public void Misconfigured_Allocations_WarmupNegative() => Misconfigured.Body(nameof(Misconfigured_Allocations_WarmupNegative));

    [Test, AssertAllocations(MaxBytesPerRun = 0)]
    public void Misconfigured_Allocations_BudgetZero() => Misconfigured.Body(nameof(Misconfigured_Allocations_BudgetZero));

    [Test, AssertAllocations(TimeBudgetSeconds = 0, MaxBytesPerRun = 4096)]
    public void Misconfigured_Allocations_TimeBudgetZero() => Misconfigured.Body(nameof(Misconfigured_Allocations_TimeBudgetZero));

    [Test, AssertNoLeak(Track = [typeof(Session)]), AssertAllocations(MaxBytesPerRun = 0)]
    public void Misconfigured_Allocations_BesideValidLeakCheck() => Misconfigured.Body(nameof(Misconfigured_Allocations_BesideValidLeakCheck));

    [Test, AssertNoLeak(Track = [typeof(Session)])]
    public void Configured_BodyRecordsAndThrows() => Misconfigured.Body(nameof(Configured_BodyRecordsAndThrows));
}
