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
/// carries another <c>IWrapTestMethod</c> attribute hides a class-level <c>[AssertNoLeak]</c> — such a test
/// fails saying so, instead of passing unchecked.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
public sealed class AssertNoLeakAttribute : LeakCheckAttribute, INUnitCheckAttribute;
