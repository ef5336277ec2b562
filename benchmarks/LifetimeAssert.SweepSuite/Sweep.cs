// The suite under the per-test sweep; LIFETIMEASSERT_SWEEP=off|dispose chooses the level of a run.
[assembly: LifetimeAssert.Xunit.LeakSweep]
