namespace LifetimeAssert.MSTest;

/// <summary>
/// An allocation budget for an MSTest test (a <c>[TestMethod]</c>, or each <c>[DataRow]</c> of it): after a warm-up, the
/// test method is run <see cref="CheckAttribute.Iterations"/> times within one test result, each run measured,
/// and the test fails when the median run allocated more than <see cref="AllocationCheckAttribute.MaxBytesPerRun"/> bytes.
/// </summary>
/// <example>
/// <code>
/// [LeakTestClass]
/// public sealed class ParserTests
/// {
///     [TestMethod, AssertAllocations(MaxBytesPerRun = 4096)]
///     public void Parse_stays_within_its_budget() => parser.Parse(line);
/// }
/// </code>
/// </example>
/// <remarks>
/// As for <see cref="AssertNoLeakAttribute"/>, the class carries <see cref="LeakTestClassAttribute"/> instead of
/// <c>[TestClass]</c>; the test class is created once and <c>[TestInitialize]</c> and <c>[TestCleanup]</c> run once
/// around all runs, outside the measured ones. The adapter invokes the test method itself, so MSTest's own invocation
/// adds nothing to a run, and a synchronous test is measured exactly on its thread. A test that awaits something
/// incomplete is measured process-wide: MSTest cannot schedule a test alone from an attribute, so mark it (or its class
/// or assembly) <c>[DoNotParallelize]</c>; otherwise the report warns that the figures may include other tests.
/// Beside <see cref="AssertNoLeakAttribute"/>, the leak check runs first and the allocation check only if it passed.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
public sealed class AssertAllocationsAttribute : AllocationCheckAttribute;
