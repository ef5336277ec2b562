using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Xunit.Scenarios;

/// <summary>[AssertAllocations] under the real xUnit v3 runner: over and within budget, async, invalid, beside [AssertNoLeak].</summary>
public sealed class AllocationScenarios
{
    [Fact, AssertAllocations(MaxBytesPerRun = 4096)]
    public void Allocations_OverBudget() => Allocating.Bytes(8192);

    [Fact, AssertAllocations(MaxBytesPerRun = 4096)]
    public void Allocations_WithinBudget() => Allocating.Bytes(512);

    [Fact, AssertAllocations(MaxBytesPerRun = 1)]
    public void Allocations_Nothing()
    {
    }

    [Fact, AssertAllocations(MaxBytesPerRun = 4096)]
    public Task Allocations_Async_OverBudget() => Allocating.BytesAfterYieldAsync(8192);

    [Fact, AssertAllocations(Iterations = 0)]
    public void Allocations_InvalidOptions() => Allocating.Bytes(1);

    [Fact, AssertNoLeak(Track = [typeof(Session)]), AssertAllocations(MaxBytesPerRun = 100_000)]
    public void Allocations_BesideLeakCheck_Leaking() => Code.StaticList.Leaking();

    [Fact, AssertNoLeak(Track = [typeof(Session)]), AssertAllocations(MaxBytesPerRun = 16)]
    public void Allocations_BesideLeakCheck_OverBudget() => Code.StaticList.Clean();
}

/// <summary>The attribute on the class gives every test a budget; the method's own attribute wins.</summary>
[AssertAllocations(MaxBytesPerRun = 4096)]
public sealed class ClassLevelAllocationScenarios
{
    [Fact]
    public void ClassLevel_Allocations_OverBudget() => Allocating.Bytes(8192);

    [Fact, AssertAllocations(MaxBytesPerRun = 100_000, Iterations = 5)]
    public void ClassLevel_Allocations_MethodOverrides() => Allocating.Bytes(8192);
}
