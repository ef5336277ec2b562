using LifetimeAssert.Scenarios;

namespace LifetimeAssert.MSTest.Scenarios;

/// <summary>[AssertAllocations] under the real MSTest runner: over and within budget, invalid, data rows, beside [AssertNoLeak].</summary>
[LeakTestClass]
public sealed class AllocationScenarios
{
    [TestMethod, AssertAllocations(MaxBytesPerRun = 4096)]
    public void Allocations_OverBudget() => Allocating.Bytes(8192);

    [TestMethod, AssertAllocations(MaxBytesPerRun = 4096)]
    public void Allocations_WithinBudget() => Allocating.Bytes(512);

    [TestMethod, AssertAllocations(MaxBytesPerRun = 1)]
    public void Allocations_Nothing()
    {
    }

    [TestMethod, AssertAllocations(MaxBytesPerRun = 1)]
    public Task Allocations_Async_WithoutYield_Nothing() => Task.CompletedTask;

    [TestMethod, AssertAllocations(MaxBytesPerRun = 4096), DataRow(512), DataRow(8192)]
    public void Allocations_Rows(int length) => Allocating.Bytes(length);

    [TestMethod, AssertAllocations(Iterations = 0)]
    public void Allocations_InvalidOptions() => Allocating.Bytes(1);

    [TestMethod, AssertNoLeak(Track = [typeof(Session)]), AssertAllocations(MaxBytesPerRun = 100_000)]
    public void Allocations_BesideLeakCheck_Leaking() => Code.StaticList.Leaking();

    [TestMethod, AssertNoLeak(Track = [typeof(Session)]), AssertAllocations(MaxBytesPerRun = 16)]
    public void Allocations_BesideLeakCheck_OverBudget() => Code.StaticList.Clean();

    /// <summary>Yields in every run, so it is measured process-wide; not [DoNotParallelize], so the report warns.</summary>
    [TestMethod, AssertAllocations(MaxBytesPerRun = 4096)]
    public Task Allocations_Async_NotAlone() => Allocating.BytesAfterYieldAsync(8192);
}

/// <summary>An async test that yields is measured process-wide; [DoNotParallelize] is how MSTest runs it alone.</summary>
[LeakTestClass, DoNotParallelize]
public sealed class ProcessWideAllocationScenarios
{
    [TestMethod, AssertAllocations(MaxBytesPerRun = 4096)]
    public Task Allocations_Async_OverBudget() => Allocating.BytesAfterYieldAsync(8192);
}

/// <summary>The attribute on the class gives every test a budget; the method's own attribute wins.</summary>
[LeakTestClass, AssertAllocations(MaxBytesPerRun = 4096)]
public sealed class ClassLevelAllocationScenarios
{
    [TestMethod]
    public void ClassLevel_Allocations_OverBudget() => Allocating.Bytes(8192);

    [TestMethod, AssertAllocations(MaxBytesPerRun = 100_000, Iterations = 5)]
    public void ClassLevel_Allocations_MethodOverrides() => Allocating.Bytes(8192);
}

/// <summary>TestInitialize and TestCleanup run once, outside the measured runs: what they allocate is not counted.</summary>
[LeakTestClass]
public sealed class AllocationLifecycleScenarios
{
    private byte[]? _buffer;

    [TestInitialize]
    public void Initialize() => _buffer = new byte[8192];

    [TestCleanup]
    public void Cleanup() => _buffer = new byte[8192];

    [TestMethod, AssertAllocations(MaxBytesPerRun = 1)]
    public void Allocations_InitializeAndCleanupNotCounted() => Assert.IsNotNull(_buffer);
}

/// <summary>
/// An allocation budget in a plain [TestClass], which MSTest would run once and pass unchecked: the package's global test
/// initialization fails it, naming the fix.
/// </summary>
[TestClass]
public sealed class UncheckedAllocationScenarios
{
    [TestMethod, AssertAllocations(MaxBytesPerRun = 4096)]
    public void PlainTestClass_Allocations() => Allocating.Bytes(8192);
}

/// <summary>A class-level [AssertAllocations] on a plain [TestClass] fails its tests too.</summary>
[TestClass, AssertAllocations(MaxBytesPerRun = 4096)]
public sealed class UncheckedClassLevelAllocationScenarios
{
    [TestMethod]
    public void PlainTestClass_ClassLevel_Allocations() => Allocating.Bytes(8192);
}
