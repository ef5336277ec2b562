using System.Runtime.CompilerServices;
using LifetimeAssert.Adapters;

namespace LifetimeAssert.MSTest;

/// <summary>
/// The test method attribute <see cref="LeakTestClassAttribute"/> gives every test of its class: a test with a leak check
/// or an allocation budget is run by the engine, any other by the attribute it wraps.
/// </summary>
internal sealed class LeakTestMethodAttribute : TestMethodAttribute
{
    private readonly TestMethodAttribute _inner;

    public LeakTestMethodAttribute(TestMethodAttribute inner, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = -1)
        : base(callerFilePath, callerLineNumber)
    {
        _inner = inner;
        DisplayName = inner.DisplayName;
        UnfoldingStrategy = inner.UnfoldingStrategy;
    }

    public override Task<TestResult[]> ExecuteAsync(ITestMethod testMethod)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var testClass = testMethod.MethodInfo.ReflectedType ?? testMethod.MethodInfo.DeclaringType!;
        return CheckedTest.Of(testMethod.MethodInfo, testClass) is { } checkedTest
            ? MSTestLeakCheck.RunAsync(testMethod, checkedTest)
            : _inner.ExecuteAsync(testMethod);
    }
}
