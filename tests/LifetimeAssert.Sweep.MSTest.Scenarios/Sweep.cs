using LifetimeAssert.MSTest;
using LifetimeAssert.Scenarios;

// Classes run in parallel, as xUnit runs its classes; AloneTests opts out.
[assembly: LeakSweep(Collect = [typeof(Session)])]
[assembly: Parallelize(Workers = 4, Scope = ExecutionScope.ClassLevel)]
