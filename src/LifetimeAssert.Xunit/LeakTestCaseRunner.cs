using Xunit.Sdk;
using Xunit.v3;

namespace LifetimeAssert.Xunit;

/// <summary>Runs each test of a leak test case (one per fact or theory row) with <see cref="LeakTestRunner"/>.</summary>
internal sealed class LeakTestCaseRunner : XunitTestCaseRunner
{
    public static new LeakTestCaseRunner Instance { get; } = new();

    protected override ValueTask<RunSummary> RunTest(XunitTestCaseRunnerContext ctxt, IXunitTest test) =>
        LeakTestRunner.Instance.Run(
            test, ctxt.MessageBus, ctxt.ConstructorArguments, ctxt.ExplicitOption, ctxt.Aggregator.Clone(),
            ctxt.CancellationTokenSource, ctxt.ParallelMode, ctxt.Scheduler, ctxt.BeforeAfterTestAttributes, ctxt.CaseFixtureMappings);
}
