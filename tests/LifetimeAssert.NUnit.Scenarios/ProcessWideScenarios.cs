using LifetimeAssert.Scenarios;
using NUnit.Framework;

namespace LifetimeAssert.NUnit.Scenarios;

/// <summary>Scenarios judged by process-wide probes run alone, as the README tells users to do.</summary>
[NonParallelizable]
public sealed class ProcessWideScenarios
{
    [Test, AssertNoLeak(Judge = ProcessProbes.Timers)]
    public void Timers_Leaking() => Code.Timers.Leaking();

    [Test, AssertNoLeak(Judge = ProcessProbes.Timers)]
    public void Timers_Clean() => Code.Timers.Clean();

    [Test, AssertNoLeak(Judge = ProcessProbes.Timers)]
    public void Finalizers_Inconclusive() => Code.Resurrecting.Run();

    [TearDown]
    public void StopResurrecting() => Code.Resurrecting.Stop();
}
