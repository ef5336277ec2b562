namespace LifetimeAssert.NUnit;

/// <summary>
/// An allocation budget for an NUnit test (a <c>[Test]</c>, or each case of a <c>[TestCase]</c>): after a warm-up, the
/// test method is run <see cref="CheckAttribute.Iterations"/> times, each run measured, and the test fails when
/// the median run allocated more than <see cref="AllocationCheckAttribute.MaxBytesPerRun"/> bytes.
/// </summary>
/// <example>
/// <code>
/// [Test, AssertAllocations(MaxBytesPerRun = 4096)]
/// public void Parse_stays_within_its_budget() => parser.Parse(line);
/// </code>
/// </example>
/// <remarks>
/// SetUp and TearDown run once around all runs. NUnit runs the method synchronously on the test's thread, so a synchronous
/// test is measured exactly on that thread; an async test that awaits something incomplete is measured process-wide
/// (the check makes the test non-parallelizable unless <c>RunAlone = false</c>). Beside <see cref="AssertNoLeakAttribute"/>,
/// the leak check runs first and the allocation check only if it passed.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
public sealed class AssertAllocationsAttribute : AllocationCheckAttribute, INUnitCheckAttribute;
