using System.ComponentModel;
using Xunit.Sdk;
using Xunit.v3;

namespace LifetimeAssert.Xunit;

/// <summary>A theory whose rows are enumerated at run time; each row is judged on its own. Created by discovery.</summary>
public sealed class LeakDelayEnumeratedTheoryTestCase : XunitDelayEnumeratedTheoryTestCase, ISelfExecutingXunitTestCase
{
    /// <summary>Called by the de-serializer only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public LeakDelayEnumeratedTheoryTestCase()
    {
    }

    internal LeakDelayEnumeratedTheoryTestCase(XunitDelayEnumeratedTheoryTestCase t)
        : base(t.TestMethod, t.TestCaseDisplayName, t.UniqueID, t.Explicit, t.SkipTestWithoutData, t.SkipExceptions,
               t.SkipReason, t.SkipType, t.SkipUnless, t.SkipWhen, t.Traits, t.SourceFilePath, t.SourceLineNumber, t.Timeout)
    {
    }

    /// <inheritdoc />
    public ValueTask<RunSummary> Run(
        ExplicitOption explicitOption,
        IMessageBus messageBus,
        object?[] constructorArguments,
        ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource,
        ParallelMode parallelMode,
        ExecutionScheduler scheduler,
        FixtureMappingManager methodFixtureMappings) =>
        LeakTestCaseRun.RunAsync(this, explicitOption, messageBus, constructorArguments, aggregator, cancellationTokenSource, parallelMode, scheduler, methodFixtureMappings);
}
