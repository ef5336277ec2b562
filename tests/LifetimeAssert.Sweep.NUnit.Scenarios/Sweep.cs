using LifetimeAssert.NUnit;
using LifetimeAssert.Scenarios;

// Fixtures run in parallel, as xUnit runs its classes; AloneTests opts out.
[assembly: LeakSweep(Collect = [typeof(Session)])]
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(4)]
