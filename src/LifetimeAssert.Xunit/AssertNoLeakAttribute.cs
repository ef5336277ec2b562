namespace LifetimeAssert.Xunit;

/// <summary>
/// Runs an xUnit v3 test (a <c>[Fact]</c>, or each row of a <c>[Theory]</c>) many times within one test
/// result and fails it when the live counts of tracked objects keep growing after forced garbage collection.
/// </summary>
/// <example>
/// <code>
/// [Fact, AssertNoLeak(Iterations = 30, Track = [typeof(Session)])]
/// public async Task Login_releases_its_session() => await auth.LoginAsync("ann");
/// </code>
/// </example>
/// <remarks>
/// It works wherever xUnit runs before/after-test attributes — a package or a project reference, with or without the
/// LifetimeAssert test framework, beside another framework: xUnit runs the test once as usual, then the check runs it
/// again, on the same class instance, with the same arguments, inside the test's timeout. The test framework the
/// package registers only schedules checked test classes to run alone, after the parallel ones, so that objects
/// created outside the test's async flow (servers, hosted services) are counted too.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
public sealed class AssertNoLeakAttribute : LeakCheckAttribute, IXunitCheckAttribute;
