using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using LifetimeAssert.Adapters;

namespace LifetimeAssert.MSTest;

/// <summary>
/// Fails a test that carries <see cref="AssertNoLeakAttribute"/> or <see cref="AssertAllocationsAttribute"/> (on the
/// method or its class) but runs in a class that is not a <see cref="LeakTestClassAttribute"/>: MSTest would run it once and pass it unchecked. Called before every
/// test by the <c>[GlobalTestInitialize]</c> method that the package's <c>buildTransitive</c> targets compile into the
/// test assembly; not meant to be called by tests.
/// </summary>
/// <remarks>
/// A checked test in a <see cref="LeakTestClassAttribute"/> never reaches it: the engine runs that test without
/// MSTest's global test initialization.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class UncheckedTestGuard
{
    // Per class and test name: the failure message, or null when the test is not checked or its class is a
    // [LeakTestClass]. Every test of the assembly passes here, most of them unchecked.
    private static readonly ConcurrentDictionary<(Type Class, string Test), string?> Verdicts = new();

    /// <summary>Throws <see cref="AssertFailedException"/> when the current test would run unchecked.</summary>
    /// <param name="testContext">The context MSTest hands the global test initialization.</param>
    /// <param name="testAssembly">The test assembly (the one the guard was compiled into).</param>
    public static void Check(TestContext testContext, Assembly testAssembly)
    {
        ArgumentNullException.ThrowIfNull(testContext);
        ArgumentNullException.ThrowIfNull(testAssembly);
        if (testAssembly.GetType(testContext.FullyQualifiedTestClassName, throwOnError: false) is not { } testClass
            || Verdicts.GetOrAdd((testClass, testContext.TestName), Verdict) is not { } message)
        {
            return;
        }

        throw new AssertFailedException(message);
    }

    private static string? Verdict((Type Class, string Test) test)
    {
        var (testClass, name) = test;
        if (testClass.IsDefined(typeof(LeakTestClassAttribute), inherit: false))
        {
            return null;
        }

        var checkedTest = testClass.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(method => method.Name == name && method.IsDefined(typeof(TestMethodAttribute), inherit: true))
            .Select(method => CheckedTest.Of(method, testClass))
            .FirstOrDefault(checks => checks is not null);
        if (checkedTest is null)
        {
            return null;
        }

        var check = checkedTest.Attributes;
        var classAttribute = testClass.GetCustomAttributes(typeof(TestClassAttribute), inherit: false).FirstOrDefault()?.GetType().Name ?? nameof(TestClassAttribute);
        var shown = classAttribute.EndsWith("Attribute", StringComparison.Ordinal) ? classAttribute[..^"Attribute".Length] : classAttribute;
        return $"{check} did not take effect on {testClass.Name}.{name}: MSTest runs the tests of {testClass.Name} through "
            + $"[{shown}], which runs them once, unchecked. Replace [{shown}] with [LeakTestClass] on {testClass.Name}.";
    }
}
