using System.Reflection;
using Xunit.v3;

namespace LifetimeAssert.Xunit;

/// <summary>
/// An allocation budget for an xUnit v3 test (a <c>[Fact]</c>, or each row of a <c>[Theory]</c>): after xUnit's own run
/// and a warm-up, the test method is run <see cref="AllocationCheckAttribute.Iterations"/> more times, each run measured,
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
/// process-wide, which is why the package's test framework schedules such tests alone (see the README, "Allocation budgets").
/// Beside <see cref="AssertNoLeakAttribute"/>, the leak check runs first and the allocation check only if it passed.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
public sealed class AssertAllocationsAttribute : AllocationCheckAttribute, IBeforeAfterTestAttribute
{
    /// <summary>Notes that xUnit's own run of the test starts; the run itself is unchanged.</summary>
    /// <param name="methodUnderTest">The test method.</param>
    /// <param name="test">The test.</param>
    public void Before(MethodInfo methodUnderTest, IXunitTest test) => XunitChecks.RunBefore(test);

    /// <summary>Runs the test's checks when it passed its own run and is checked at its method or class level.</summary>
    /// <param name="methodUnderTest">The test method.</param>
    /// <param name="test">The test.</param>
    /// <exception cref="AllocationBudgetExceededException">The median run allocated more than the budget.</exception>
    public void After(MethodInfo methodUnderTest, IXunitTest test) => XunitChecks.RunAfter(test);
}
