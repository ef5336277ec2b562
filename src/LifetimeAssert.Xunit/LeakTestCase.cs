using System.ComponentModel;
using Xunit.Sdk;
using Xunit.v3;

namespace LifetimeAssert.Xunit;

/// <summary>A fact, or one pre-enumerated theory row, run through the leak engine. Created by discovery.</summary>
public sealed class LeakTestCase : XunitTestCase, ISelfExecutingXunitTestCase
{
    /// <summary>Called by the de-serializer only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public LeakTestCase()
    {
    }

    internal LeakTestCase(XunitTestCase t)
        : base(t.TestMethod, t.TestCaseDisplayName, t.UniqueID, t.Explicit, t.TestLabel, t.DisableParallelization,
               t.SkipExceptions, t.SkipReason, t.SkipType, t.SkipUnless, t.SkipWhen, t.Traits, t.TestMethodArguments,
               t.SourceFilePath, t.SourceLineNumber, t.Timeout)
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
