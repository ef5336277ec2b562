using LifetimeAssert.Scenarios;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal.Commands;

namespace LifetimeAssert.NUnit.Scenarios;

/// <summary>[AssertAllocations] under the real NUnit runner: over and within budget, async, invalid, beside [AssertNoLeak].</summary>
public sealed class AllocationScenarios
{
    [Test, AssertAllocations(MaxBytesPerRun = 4096)]
    public void Allocations_OverBudget() => Allocating.Bytes(8192);

    [Test, AssertAllocations(MaxBytesPerRun = 4096)]
    public void Allocations_WithinBudget() => Allocating.Bytes(512);

    [Test, AssertAllocations(MaxBytesPerRun = 1)]
    public void Allocations_Nothing()
    {
    }

    [Test, AssertAllocations(MaxBytesPerRun = 4096)]
    public Task Allocations_Async_OverBudget() => Allocating.BytesAfterYieldAsync(8192);

    [Test, AssertAllocations(Iterations = 0)]
    public void Allocations_InvalidOptions() => Allocating.Bytes(1);

    [Test, AssertNoLeak(Track = [typeof(Session)]), AssertAllocations(MaxBytesPerRun = 100_000)]
    public void Allocations_BesideLeakCheck_Leaking() => Code.StaticList.Leaking();

    [Test, AssertNoLeak(Track = [typeof(Session)]), AssertAllocations(MaxBytesPerRun = 16)]
    public void Allocations_BesideLeakCheck_OverBudget() => Code.StaticList.Clean();
}

/// <summary>The attribute on the class gives every test a budget; the method's own attribute wins.</summary>
[AssertAllocations(MaxBytesPerRun = 4096)]
public sealed class ClassLevelAllocationScenarios
{
    [Test]
    public void ClassLevel_Allocations_OverBudget() => Allocating.Bytes(8192);

    [Test, AssertAllocations(MaxBytesPerRun = 100_000, Iterations = 5)]
    public void ClassLevel_Allocations_MethodOverrides() => Allocating.Bytes(8192);

    /// <summary>A method-level wrapper of another library hides the class-level attribute: the test must fail saying so.</summary>
    [Test, OtherWrapper]
    public void HiddenAllocations_OverBudget() => Allocating.Bytes(8192);

    [AttributeUsage(AttributeTargets.Method)]
    private sealed class OtherWrapperAttribute : Attribute, IWrapTestMethod
    {
        public TestCommand Wrap(TestCommand command) => command;
    }
}
