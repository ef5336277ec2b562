using Xunit.Sdk;
using Xunit.v3;

namespace LifetimeAssert.Xunit;

/// <summary>Runs a leak test case the way XunitRunnerHelper.RunXunitTestCase does, with the leak test runner.</summary>
internal static class LeakTestCaseRun
{
    public static async ValueTask<RunSummary> RunAsync(
        IXunitTestCase testCase,
        ExplicitOption explicitOption,
        IMessageBus messageBus,
        object?[] constructorArguments,
        ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource,
        ParallelMode parallelMode,
        ExecutionScheduler scheduler,
        FixtureMappingManager methodFixtureMappings)
    {
        var tests = await aggregator.RunAsync(testCase.CreateTests, []).ConfigureAwait(false);
        if (aggregator.ToException() is { } exception)
        {
            return exception.Message.StartsWith(DynamicSkipToken.Value, StringComparison.Ordinal)
                ? XunitRunnerHelper.SkipTestCases(messageBus, cancellationTokenSource, [testCase], exception.Message[DynamicSkipToken.Value.Length..], sendTestCaseMessages: false)
                : XunitRunnerHelper.FailTestCases(messageBus, cancellationTokenSource, [testCase], exception, sendTestCaseMessages: false);
        }

        return await LeakTestCaseRunner.Instance.Run(
            testCase, tests, messageBus, aggregator, cancellationTokenSource, parallelMode, scheduler,
            testCase.TestCaseDisplayName, testCase.SkipReason, explicitOption, constructorArguments, methodFixtureMappings).ConfigureAwait(false);
    }
}
