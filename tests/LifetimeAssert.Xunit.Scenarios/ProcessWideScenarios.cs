using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Xunit.Scenarios;

[CollectionDefinition(nameof(ProcessWide), DisableParallelization = true)]
public sealed class ProcessWide;

/// <summary>Scenarios judged by process-wide probes run alone, as the README tells users to do.</summary>
[Collection(nameof(ProcessWide))]
public sealed class ProcessWideScenarios : IDisposable
{
    [Fact, AssertNoLeak(Judge = ProcessProbes.Timers)]
    public void Timers_Leaking() => Code.Timers.Leaking();

    [Fact, AssertNoLeak(Judge = ProcessProbes.Timers)]
    public void Timers_Clean() => Code.Timers.Clean();

    [Fact, AssertNoLeak(Judge = ProcessProbes.Timers)]
    public void Finalizers_Inconclusive() => Code.Resurrecting.Run();

    public void Dispose() => Code.Resurrecting.Stop();
}
