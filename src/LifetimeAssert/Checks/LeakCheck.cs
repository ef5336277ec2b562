using LifetimeAssert.Diagnosis;
using LifetimeAssert.Reporting;
using LifetimeAssert.Running;
using LifetimeAssert.Tracking;
using LifetimeAssert.Verdict;

namespace LifetimeAssert.Checks;

/// <summary>
/// The leak check's pipeline: run the body, settle and sample (<see cref="LeakRunner"/>) → decide (<see cref="VerdictRules"/>)
/// → diagnose a leak (<see cref="LeakDiagnosis"/>) → report (<see cref="ReportBuilder"/>). The check's tracking scope
/// lives until the report is built, so a dump and the retention paths still see what it tracked; then it frees every handle.
/// </summary>
/// <param name="options">The check's options.</param>
/// <param name="clock">The clock the time budget is read on; the system's unless a test moves one by hand.</param>
internal sealed class LeakCheck(LeakOptions options, TimeProvider? clock = null) : ICheck
{
    public LeakOptions Options => options;

    public async Task<LeakReport> RunAsync(CheckBody body, CheckContext context, CancellationToken cancellationToken)
    {
        using var scope = new TrackingScope(options.RunsAlone);
        var probes = RecordedProbes.Create(options, scope, context.Services);
        var walks = HeapWalkCounter.Start(options, context.Services);
        ActiveChecks.Enter(scope);
        try
        {
            LeakRun run;
            using (var budget = CheckBudget.Start(options.TimeBudget, clock ?? TimeProvider.System, cancellationToken))
            using (ActiveChecks.ExitWhenCancelled(scope, budget.Token))
            {
                run = await LeakRunner.RunAsync(body, options, scope, probes, context.SeenBefore, budget).ConfigureAwait(false);
            }

            var decision = VerdictRules.Decide(run.Record, SamplingRules.From(options), options.Strict);
            var diagnosis = LeakDiagnosis.Of(decision, probes, options, context.FileName, context.Services);
            return ReportBuilder.Build(context.Subject, probes, decision, run, diagnosis, walks.Taken, context.IsolationAdvice);
        }
        finally
        {
            ActiveChecks.Exit(scope);
        }
    }

    async Task<CheckReport> ICheck.RunAsync(CheckBody body, CheckContext context, CancellationToken cancellationToken) =>
        await RunAsync(body, context, cancellationToken).ConfigureAwait(false);
}
