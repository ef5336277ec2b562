using LifetimeAssert.Verdict;

namespace LifetimeAssert.Running;

/// <summary>What the runs of a leak check recorded: the record the verdict is decided on, and the counts the report shows.</summary>
/// <param name="Record">Every probe's series and the events.</param>
/// <param name="Counts">How many times the body ran.</param>
/// <param name="OffFlow">What the check saw registered outside its async flow.</param>
internal sealed record LeakRun(CheckRecord Record, RunCounts Counts, OffFlowCounts OffFlow);
