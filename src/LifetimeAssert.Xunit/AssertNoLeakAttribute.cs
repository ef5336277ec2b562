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
/// The test class is created once and its constructor, <c>IAsyncLifetime</c> and <c>Dispose</c> run once around
/// all runs; the test's timeout covers all runs together.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
public sealed class AssertNoLeakAttribute : LeakCheckAttribute;
