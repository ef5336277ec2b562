using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace LifetimeAssert.NUnit;

/// <summary>
/// Runs an NUnit test (a <c>[Test]</c>, or each case of a <c>[TestCase]</c> or <c>[TestCaseSource]</c>) many
/// times within one test result and fails it when the live counts of tracked objects keep growing after forced
/// garbage collection.
/// </summary>
/// <example>
/// <code>
/// [Test, AssertNoLeak(Iterations = 40, Track = [typeof(DbConnection)])]
/// public void Save_returns_its_connection() => repository.Save(order);
/// </code>
/// </example>
/// <remarks>
/// SetUp and TearDown run once around all runs, on one fixture instance; <c>[Timeout]</c> and
/// <c>[CancelAfter]</c> cover all runs together, while <c>[Repeat]</c> and <c>[Retry]</c> repeat the whole check.
/// Checked tests are made non-parallelizable (unless <c>RunAlone = false</c>), so objects created outside the test's
/// async flow are counted too. NUnit takes test-method wrappers from the nearest level that has any: a method that
/// carries another <see cref="IWrapTestMethod"/> attribute hides a class-level <c>[AssertNoLeak]</c> — such a test
/// fails saying so, instead of passing unchecked.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
public sealed class AssertNoLeakAttribute : LeakCheckAttribute, IWrapTestMethod, IApplyToTest, ITestAction
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

    /// <summary>Fails a checked test that passed without its leak check having run (another wrapper hid it).</summary>
    /// <param name="test">The test that just ran.</param>
    /// <exception cref="AssertionException">The test is checked but the check never ran.</exception>
    public void AfterTest(ITest test) => CheckAttributes.AfterTest(test);
}
