using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using LifetimeAssert.Adapters;

namespace LifetimeAssert.MSTest;

/// <summary>
/// The per-test sweep of an assembly with <see cref="LeakSweepAttribute"/>: begins each test before its class is created
/// and ends it after its cleanup, failing it with what it left behind; gives what the assembly's and classes'
/// initialization register to their fixtures. Called by the module initializer and the <c>[GlobalTestInitialize]</c> and
/// <c>[GlobalTestCleanup]</c> methods that the package's <c>buildTransitive</c> targets compile into the test assembly;
/// not meant to be called by tests.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LeakSweepHooks
{
    // The swept tests between their global test initialization and cleanup, by their MSTest context (one per test).
    private static readonly ConcurrentDictionary<TestContext, SweptTest> Running = new();

    /// <summary>
    /// Sweeps the assembly's fixtures: what <c>[AssemblyInitialize]</c>, <c>[ClassInitialize]</c> and their cleanups
    /// register outside every test's flow (also after an <c>await</c>, in what they await) is that fixture's, judged when the run
    /// ends. Called when the test assembly is loaded, before MSTest initializes anything of it.
    /// </summary>
    /// <param name="testAssembly">The test assembly (the one the hooks were compiled into).</param>
    public static void StartAssembly(Assembly testAssembly)
    {
        ArgumentNullException.ThrowIfNull(testAssembly);
        if (testAssembly.IsDefined(typeof(LeakSweepAttribute), inherit: false))
        {
            LeakSweep.SweepFixturesOf(testAssembly, () => MSTestFixtures.Current(testAssembly));
        }
    }

    /// <summary>Begins sweeping the current test, in its flow: what it registers from now on is its own.</summary>
    /// <param name="testContext">The context MSTest hands the global test initialization.</param>
    /// <param name="testAssembly">The test assembly (the one the hooks were compiled into).</param>
    /// <exception cref="LeakConfigurationException">The sweep's settings or the test's markers are invalid: the test fails with it.</exception>
    public static void BeginTest(TestContext testContext, Assembly testAssembly)
    {
        ArgumentNullException.ThrowIfNull(testContext);
        ArgumentNullException.ThrowIfNull(testAssembly);
        if (LeakSweep.Of(testAssembly) is not { } sweep)
        {
            return;
        }

        EndAbandoned();

        // A test with [AssertNoLeak] or [AssertAllocations] that reaches here is in a plain [TestClass], where the
        // unchecked-test guard fails it: it is not swept.
        if (testAssembly.GetType(testContext.FullyQualifiedTestClassName, throwOnError: false) is not { } testClass
            || MethodOf(testClass, testContext) is not { } method
            || CheckedTest.Of(method, testClass) is not null)
        {
            return;
        }

        var name = TestName.FromArguments(testClass, method, testContext.TestData);
        if (sweep.Begin(method, testClass, name, MSTestRuns.Alone(method, testClass)) is { } swept)
        {
            Running[testContext] = swept;
        }
    }

    /// <summary>Ends the current test's sweep: fails a test that passed with what it left behind.</summary>
    /// <param name="testContext">The context MSTest hands the global test cleanup.</param>
    /// <exception cref="LeakSweepException">The test left something behind (MSTest fails the test with it).</exception>
    public static void EndTest(TestContext testContext)
    {
        ArgumentNullException.ThrowIfNull(testContext);
        if (Running.TryRemove(testContext, out var swept)
            && swept.End(testContext.CurrentTestOutcome == UnitTestOutcome.Passed, new TestContextCheckOutput(testContext)) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>
    /// Ends, unjudged, the sweep of tests MSTest will not clean up: when a test's class cannot be created (or another
    /// global test initialization failed) MSTest records the failure and skips every cleanup. A test in its cleanup with
    /// a failure is ended early the same way, with the same outcome: a failed test is not judged.
    /// </summary>
    private static void EndAbandoned()
    {
        foreach (var (context, swept) in Running)
        {
            if (context.TestException is not null && Running.TryRemove(context, out _))
            {
                swept.End(testPassed: false, new TestContextCheckOutput(context));
            }
        }
    }

    // The test method of that name (and, for a data row, of that many parameters).
    private static MethodInfo? MethodOf(Type testClass, TestContext testContext)
    {
        var arguments = testContext.TestData?.Length ?? 0;
        return testClass.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.Name == testContext.TestName && m.IsDefined(typeof(TestMethodAttribute), inherit: true))
            .OrderBy(m => m.GetParameters().Length == arguments ? 0 : 1)
            .FirstOrDefault();
    }
}
