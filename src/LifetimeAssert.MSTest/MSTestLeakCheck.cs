using System.Diagnostics;
using System.Reflection;
using LifetimeAssert.Adapters;

namespace LifetimeAssert.MSTest;

/// <summary>
/// The checks behind a checked MSTest test: creates the test class once, runs <c>[TestInitialize]</c>, hands the test
/// method (with its data row's arguments) to the engine as its body, runs <c>[TestCleanup]</c>, and turns the outcome
/// into the test's one result, output and files.
/// </summary>
internal static class MSTestLeakCheck
{
    private const string IsolationAdvice = "Run the test alone: mark it (or its class or assembly) [DoNotParallelize]";

    public static async Task<TestResult[]> RunAsync(ITestMethod testMethod, CheckedTest checkedTest)
    {
        var started = Stopwatch.GetTimestamp();
        var method = checkedTest.Method;
        var context = CurrentContext(testMethod);
        var result = new TestResult { Outcome = UnitTestOutcome.Passed };
        using var timeout = Timeout(method, context.CancellationToken);
        TestClassLifecycle? lifecycle = null;
        try
        {
            lifecycle = TestClassLifecycle.Create(checkedTest.TestClass, context);
            await lifecycle.InitializeAsync().ConfigureAwait(false);
            var name = TestName.FromArguments(checkedTest.TestClass, method, testMethod.Arguments);
            var checks = checkedTest.Prepare(name, lifecycle.Instance, MSTestRuns.Alone(method, checkedTest.TestClass), IsolationAdvice);

            // The method is invoked directly on the one instance, never through MSTest's own invocation, so an
            // allocation check measures the test's bytes only.
            var body = TestBody.Of(method, lifecycle.Instance, testMethod.Arguments);
            if (await checks.RunAsync(body, new TestContextCheckOutput(context), cancellationToken: timeout.Token).ConfigureAwait(false) is { } failure)
            {
                Fail(result, failure);
            }
        }
        catch (LeakConfigurationException e)
        {
            result.Outcome = UnitTestOutcome.Error;
            result.TestFailureException = e;
        }
        catch (Exception e)
        {
            // The body's (or TestInitialize's) own exception, reported as itself.
            Fail(result, e);
        }
        finally
        {
            if (lifecycle is not null)
            {
                try
                {
                    await lifecycle.CleanupAsync().ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    Fail(result, e);
                }
            }
        }

        TestContextOutput.CopyTo(context, result);
        result.Duration = Stopwatch.GetElapsedTime(started);
        return [result];
    }

    private static void Fail(TestResult result, Exception exception)
    {
        if (result.Outcome is UnitTestOutcome.Passed or UnitTestOutcome.Inconclusive)
        {
            result.Outcome = exception is AssertInconclusiveException ? UnitTestOutcome.Inconclusive : UnitTestOutcome.Failed;
        }

        result.TestFailureException = exception;
    }

#pragma warning disable MSTESTEXP // TestContext.Current: the context MSTest sets around the test method attribute's ExecuteAsync.
    private static TestContext CurrentContext(ITestMethod testMethod) =>
        TestContext.Current ?? throw new InvalidOperationException(
            $"[AssertNoLeak] found no MSTest TestContext for {testMethod.TestClassName}.{testMethod.TestMethodName}: this MSTest version does not set TestContext.Current.");
#pragma warning restore MSTESTEXP

    /// <summary>The test's <c>[Timeout]</c> covers all runs together (cooperatively: the engine stops between runs).</summary>
    private static CancellationTokenSource Timeout(MethodInfo method, CancellationToken cancellation)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        if (method.GetCustomAttribute<TimeoutAttribute>() is { Timeout: > 0 } timeout)
        {
            source.CancelAfter(timeout.Timeout);
        }

        return source;
    }
}
