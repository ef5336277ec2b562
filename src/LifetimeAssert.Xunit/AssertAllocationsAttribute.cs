namespace LifetimeAssert.Xunit;

/// <summary>
/// An allocation budget for an xUnit v3 test (a <c>[Fact]</c>, or each row of a <c>[Theory]</c>): after xUnit's own run
/// and a warm-up, the test method is run <see cref="CheckAttribute.Iterations"/> more times, each run measured,
/// and the test fails when the median run allocated more than <see cref="AllocationCheckAttribute.MaxBytesPerRun"/> bytes.
/// </summary>
/// <example>
/// <code>
/// [Fact, AssertAllocations(MaxBytesPerRun = 4096)]
/// public void Parse_stays_within_its_budget() => parser.Parse(line);
/// </code>
/// </example>
/// <remarks>
/// A test that completes synchronously is measured exactly on its thread; one that awaits something incomplete is measured
/// process-wide, which is why the package's test framework schedules such tests alone (see docs/allocations.md).
/// Beside <see cref="AssertNoLeakAttribute"/>, the leak check runs first and the allocation check only if it passed.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
public sealed class AssertAllocationsAttribute : AllocationCheckAttribute, IXunitCheckAttribute;
