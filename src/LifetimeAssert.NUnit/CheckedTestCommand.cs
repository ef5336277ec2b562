using LifetimeAssert.Adapters;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace LifetimeAssert.NUnit;

/// <summary>
/// Hands the test method to the engine as its body, for each check the test has: the leak check, then the allocation
/// check. It sits inside SetUp and TearDown, so they run once. The method is invoked directly (same fixture instance,
/// same arguments) rather than through NUnit's test-method command, whose bookkeeping would allocate in every run: a
/// synchronous method runs on the test's thread, an async one is awaited off it.
/// </summary>
internal sealed class CheckedTestCommand(TestCommand innerCommand, CheckedTest checkedTest) : DelegatingTestCommand(innerCommand)
{
    private const string RanProperty = "LifetimeAssert.CheckRan";

    private const string IsolationAdvice = "Run the test alone: keep RunAlone (the default) or mark it [NonParallelizable]";

    /// <summary>True once the checks ran for <paramref name="test"/>; read by the guard that fails hidden checks.</summary>
    public static bool HasRun(ITest test) => test.Properties.ContainsKey(RanProperty);

    public override TestResult Execute(TestExecutionContext context)
    {
        Test.Properties.Set(RanProperty, true);
        CheckFailedException? failure;
        try
        {
            var name = TestName.FromDisplayName(checkedTest.TestClass, Test.FullName);
            var checks = checkedTest.Prepare(name, context.TestObject, NUnitTests.RunsAlone(checkedTest, Test), IsolationAdvice);
            var body = TestBody.Of(checkedTest.Method, context.TestObject, Test.Arguments, e => e is SuccessException);
            failure = checks.Run(body, NUnitOutput.Instance, cancellationToken: context.CancellationToken);
        }
        catch (LeakConfigurationException e)
        {
            // Recorded directly: NUnit would append the exception's properties to its message.
            context.CurrentResult.SetResult(ResultState.Error, e.Message, e.StackTrace);
            return context.CurrentResult;
        }

        if (failure is not null)
        {
            throw new AssertionException(failure.Message);
        }

        // The method ran outside NUnit's test-method command, which would have recorded the success.
        if (context.CurrentResult.ResultState.Status == TestStatus.Inconclusive)
        {
            context.CurrentResult.SetResult(ResultState.Success);
        }

        return context.CurrentResult;
    }
}
