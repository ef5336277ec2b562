using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace LifetimeAssert.NUnit;

/// <summary>
/// An allocation budget for an NUnit test (a <c>[Test]</c>, or each case of a <c>[TestCase]</c>): after a warm-up, the
/// test method is run <see cref="AllocationCheckAttribute.Iterations"/> times, each run measured, and the test fails when
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
public sealed class AssertAllocationsAttribute : AllocationCheckAttribute, IWrapTestMethod, IApplyToTest, ITestAction
{
    /// <inheritdoc />
    public ActionTargets Targets => ActionTargets.Test;

    /// <summary>Wraps the test method in the checks the method or its fixture asks for (leak, allocation budget).</summary>
    /// <param name="command">NUnit's command that invokes the test method once.</param>
    /// <returns>The checks, or <paramref name="command"/> itself when the test is not checked or already wrapped.</returns>
    public TestCommand Wrap(TestCommand command) => CheckAttributes.Wrap(command);

    /// <summary>Makes a checked test (or a fixture with a class-level attribute) non-parallelizable, unless it opts out.</summary>
    /// <param name="test">The test or fixture NUnit is building.</param>
    public void ApplyToTest(Test test) => CheckAttributes.ApplyToTest(test, RunAlone);

    /// <summary>Nothing to do before a test.</summary>
    /// <param name="test">The test about to run.</param>
    public void BeforeTest(ITest test)
    {
    }

    /// <summary>Fails a checked test that passed without its checks having run (another wrapper hid them).</summary>
    /// <param name="test">The test that just ran.</param>
    /// <exception cref="AssertionException">The test is checked but the check never ran.</exception>
    public void AfterTest(ITest test) => CheckAttributes.AfterTest(test);
}
