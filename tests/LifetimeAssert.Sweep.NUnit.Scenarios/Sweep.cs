using LifetimeAssert.NUnit;
using LifetimeAssert.Scenarios;

// Most fixtures are [Parallelizable], as xUnit runs its classes in parallel; the unmarked ones (AloneTests, CollectTests)
// run as NUnit runs a fixture by default: alone, in its non-parallel shift.
[assembly: LeakSweep(Collect = [typeof(Session)])]
[assembly: LevelOfParallelism(4)]
