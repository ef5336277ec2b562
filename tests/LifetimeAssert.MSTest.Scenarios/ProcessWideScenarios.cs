using LifetimeAssert.Scenarios;

namespace LifetimeAssert.MSTest.Scenarios;

/// <summary>
/// Scenarios that count process-wide state or objects created outside the test's flow run alone: MSTest knows that
/// from [DoNotParallelize].
/// </summary>
[LeakTestClass, DoNotParallelize]
public sealed class ProcessWideScenarios
{
    [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
    public Task OffFlow_Leaking() => Code.OffFlow.Leaking();

    [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
    public Task OffFlow_Clean() => Code.OffFlow.Clean();

    [TestMethod, AssertNoLeak(Judge = ProcessProbes.Timers)]
    public void Timers_Leaking() => Code.Timers.Leaking();

    [TestMethod, AssertNoLeak(Judge = ProcessProbes.Timers)]
    public void Timers_Clean() => Code.Timers.Clean();

    [TestMethod, AssertNoLeak(Judge = ProcessProbes.Timers)]
    public void Finalizers_Inconclusive() => Code.Resurrecting.Run();

    [TestCleanup]
    public void StopResurrecting() => Code.Resurrecting.Stop();
}
