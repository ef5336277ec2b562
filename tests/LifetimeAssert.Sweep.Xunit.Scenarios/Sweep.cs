using LifetimeAssert.Scenarios;
using LifetimeAssert.Xunit;

[assembly: LeakSweep(Collect = [typeof(Session)])]
