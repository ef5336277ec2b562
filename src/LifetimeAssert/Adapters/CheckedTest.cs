using System.Reflection;
using LifetimeAssert.Checks;
using LifetimeAssert.Services;

namespace LifetimeAssert.Adapters;

/// <summary>
/// A test that asks for checks with its attributes (<c>[AssertNoLeak]</c>, <c>[AssertAllocations]</c>, on its method or
/// class; the assembly's only set defaults): which ones, whether it wants to run alone, and, once its class instance
/// exists, its validated checks. What a test-framework adapter needs from the engine; not needed to write tests.
/// </summary>
/// <remarks>
/// An adapter finds the test with <see cref="Of"/>, calls <see cref="Prepare"/> before the body's first run (so a
/// misconfigured check fails naming the option and the body never runs), then <see cref="TestChecks.RunAsync"/> with
/// the test method as the body, and fails the test with the exception it returns.
/// </remarks>
public sealed class CheckedTest
{
    private readonly CheckKind[] _kinds;

    private CheckedTest(MethodInfo method, Type testClass, CheckKind[] kinds)
    {
        Method = method;
        TestClass = testClass;
        _kinds = kinds;
    }

    /// <summary>The test method.</summary>
    public MethodInfo Method { get; }

    /// <summary>The test class (the fixture, in NUnit).</summary>
    public Type TestClass { get; }

    /// <summary>True when the test has a leak check.</summary>
    public bool HasLeakCheck => _kinds.Contains(CheckKinds.Leak);

    /// <summary>True when the test has an allocation budget.</summary>
    public bool HasAllocationCheck => _kinds.Contains(CheckKinds.Allocations);

    /// <summary>The attributes that check the test, as a user writes them: <c>[AssertNoLeak]</c>, or both joined by "and".</summary>
    public string Attributes => string.Join(" and ", _kinds.Select(k => k.AttributeName));

    /// <summary>
    /// True when the test asks to be scheduled alone: the nearest level's <c>RunAlone</c> of any of its checks, true when
    /// none sets it. An adapter that honours it runs the test with no other test beside it.
    /// </summary>
    public bool WantsToRunAlone => _kinds.Any(k => k.WantsToRunAlone(Method, TestClass));

    /// <summary>The checks of a test, or null when neither its method nor its class asks for one.</summary>
    /// <param name="method">The test method.</param>
    /// <param name="testClass">The test class (the fixture, in NUnit).</param>
    /// <returns>The checked test, or null.</returns>
    public static CheckedTest? Of(MethodInfo method, Type testClass)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(testClass);
        var kinds = CheckKinds.All.Where(k => k.Applies(method, testClass)).ToArray();
        return kinds.Length == 0 ? null : new CheckedTest(method, testClass, kinds);
    }

    /// <summary>
    /// Merges every check's options (assembly, class, method: the nearest level's settings win; tracked types, census
    /// names and probes add up) and validates them, before the body runs.
    /// </summary>
    /// <param name="name">What the report calls the test and the name its files get.</param>
    /// <param name="instance">The test class instance, for <c>Probes</c> that name instance members; null for static tests.</param>
    /// <param name="runsAlone">True when the framework runs the test with no other test beside it.</param>
    /// <param name="isolationAdvice">How a user makes this test run alone in this framework, for reports that need it.</param>
    /// <returns>The checks, ready to run.</returns>
    /// <exception cref="LeakConfigurationException">An option is invalid; the message lists every problem of the first check that has one.</exception>
    public TestChecks Prepare(TestName name, object? instance, bool runsAlone, string isolationAdvice)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(isolationAdvice);
        var services = EngineServices.Resolve();
        var checks = _kinds.Select(k => k.Create(Method, TestClass, instance, name.Subject, runsAlone, services)).ToArray();
        return new TestChecks(checks, name, isolationAdvice, services);
    }
}
