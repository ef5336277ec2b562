namespace LifetimeAssert.MSTest;

/// <summary>
/// Marks an MSTest test (a <c>[TestMethod]</c>, or each <c>[DataRow]</c> of it) to be run many times within one test
/// result and failed when the live counts of tracked objects keep growing after forced garbage collection.
/// </summary>
/// <example>
/// <code>
/// [LeakTestClass]
/// public sealed class OrderTests
/// {
///     [TestMethod, AssertNoLeak(Iterations = 40, Track = [typeof(DbConnection)])]
///     public void Save_returns_its_connection() => repository.Save(order);
/// }
/// </code>
/// </example>
/// <remarks>
/// MSTest runs a test through the test method attribute that its class attribute chooses, so the class carries
/// <see cref="LeakTestClassAttribute"/> instead of <c>[TestClass]</c>: it runs checked tests through the leak engine
/// and every other test unchanged. The test class is created once for all runs; <c>[TestInitialize]</c> and
/// <c>[TestCleanup]</c> run once around them. Objects created outside the test's async flow count only when the test
/// runs alone: mark it (or its class or assembly) <c>[DoNotParallelize]</c>.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
public sealed class AssertNoLeakAttribute : LeakCheckAttribute;
