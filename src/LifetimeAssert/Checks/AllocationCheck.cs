using LifetimeAssert.Diagnosis;
using LifetimeAssert.Reporting;
using LifetimeAssert.Running;
using LifetimeAssert.Verdict;

namespace LifetimeAssert.Checks;

/// <summary>
/// The allocation check's pipeline: measure each run (<see cref="AllocationRunner"/>) → decide (<see cref="AllocationRules"/>)
/// → over budget, sample the top allocating types (<see cref="AllocationTypes"/>; extra runs after the verdict, never
/// before it) → report. A reading that cannot be true, or a spent time budget, makes it inconclusive, never a pass.
/// </summary>
/// <param name="options">The check's options.</param>
/// <param name="counters">The allocation counters: the runtime's unless a test gives readings of its own.</param>
/// <param name="clock">The clock the time budget is read on: the system's unless a test moves one by hand.</param>
internal sealed class AllocationCheck(AllocationOptions options, IAllocationCounters? counters = null, TimeProvider? clock = null) : ICheck
{
    public async Task<AllocationReport> RunAsync(CheckBody body, CheckContext context, CancellationToken cancellationToken)
    {
        AllocationRecord record;
        using (var budget = CheckBudget.Start(options.TimeBudget, clock ?? TimeProvider.System, cancellationToken))
        {
            record = await AllocationRunner.RunAsync(body, options, counters ?? GcAllocationCounters.Instance, budget).ConfigureAwait(false);
        }

        var decision = AllocationRules.Decide(record, options.MaxBytesPerRun);
        var topTypes = decision.Verdict != AllocationVerdict.OverBudget
            ? null
            : TopTypesText.Write(await AllocationTypes.SampleAsync(body, context.Services.AllocationTypes, cancellationToken).ConfigureAwait(false));
        return new AllocationReport(context.Subject, options, decision, record.Overlapped, topTypes, context.IsolationAdvice);
    }

    async Task<CheckReport> ICheck.RunAsync(CheckBody body, CheckContext context, CancellationToken cancellationToken) =>
        await RunAsync(body, context, cancellationToken).ConfigureAwait(false);
}
