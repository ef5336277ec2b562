using Xunit.Sdk;
using Xunit.v3;

namespace LifetimeAssert.Xunit;

/// <summary>Swaps the test cases of methods under <see cref="AssertNoLeakAttribute"/> for self-running leak test cases.</summary>
internal sealed class LeakTestFrameworkDiscoverer(IXunitTestAssembly testAssembly, IXunitTestCollectionFactory collectionFactory)
    : XunitTestFrameworkDiscoverer(testAssembly, collectionFactory)
{
    protected override ValueTask<bool> FindTestsForMethod(
        IXunitTestMethod testMethod,
        ITestFrameworkDiscoveryOptions discoveryOptions,
        Func<ITestCase, ValueTask<bool>> discoveryCallback)
    {
        if (!AttributeOptions.Applies(testMethod.Method, testMethod.TestClass.Class))
        {
            return base.FindTestsForMethod(testMethod, discoveryOptions, discoveryCallback);
        }

        return base.FindTestsForMethod(testMethod, discoveryOptions, testCase => discoveryCallback(Wrap(testCase)));
    }

    // Exact types only: error and skip cases derive from XunitTestCase and must pass through untouched.
    private static ITestCase Wrap(ITestCase testCase) => testCase switch
    {
        XunitDelayEnumeratedTheoryTestCase theory when theory.GetType() == typeof(XunitDelayEnumeratedTheoryTestCase) =>
            new LeakDelayEnumeratedTheoryTestCase(theory),
        XunitTestCase fact when fact.GetType() == typeof(XunitTestCase) => new LeakTestCase(fact),
        _ => testCase,
    };
}
