using LifetimeAssert.Diagnosis;
using LifetimeAssert.Reporting;
using LifetimeAssert.Running;
using LifetimeAssert.Verdict;

namespace LifetimeAssert.Checks;

/// <summary>
/// The allocation check's pipeline: measure each run (<see cref="AllocationRunner"/>) → decide (<see cref="AllocationRules"/>)
/// → over budget, sample the top allocating types (<see cref="AllocationTypes"/>; extra runs after the verdict, never
/// before it) → report.
/// </summary>
internal sealed class AllocationCheck(AllocationOptions options) : ICheck
{
    public async Task<AllocationReport> RunAsync(CheckBody body, CheckContext context, CancellationToken cancellationToken)
    {
        var record = await AllocationRunner.RunAsync(body, options, cancellationToken).ConfigureAwait(false);
        var decision = AllocationRules.Decide(record, options.MaxBytesPerRun);
        var topTypes = decision.WithinBudget
            ? null
            : TopTypesText.Write(await AllocationTypes.SampleAsync(body, context.Services.AllocationTypes, cancellationToken).ConfigureAwait(false));
        return new AllocationReport(context.Subject, options, decision, record.Overlapped, topTypes, context.IsolationAdvice);
    }

    async Task<CheckReport> ICheck.RunAsync(CheckBody body, CheckContext context, CancellationToken cancellationToken) =>
        await RunAsync(body, context, cancellationToken).ConfigureAwait(false);
}
