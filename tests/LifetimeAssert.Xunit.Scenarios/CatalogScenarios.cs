using LifetimeAssert.Scenarios;
using LifetimeAssert.Xunit;

// Defaults for every checked test of this assembly, the catalog's; a test is checked only where its method or class says so.
[assembly: AssertNoLeak(Iterations = Catalog.Iterations)]

namespace LifetimeAssert.Xunit.Scenarios;

/// <summary>
/// The shared catalog under [AssertNoLeak]; each method is named after its scenario, and its attributes give the catalog's
/// options for it (the adapter tests compare them).
/// </summary>
public sealed class CatalogScenarios
{
    [Fact, AssertNoLeak(Track = [typeof(Session)])]
    public void StaticList_Leaking() => Code.StaticList.Leaking();

    [Fact, AssertNoLeak(Track = [typeof(Session)])]
    public void StaticList_Clean() => Code.StaticList.Clean();

    [Fact, AssertNoLeak(Track = [typeof(Session)])]
    public void BoundedCache_Clean() => Code.BoundedCache.Clean();

    [Fact, AssertNoLeak(Track = [typeof(Session)])]
    public void UnboundedCache_Leaking() => Code.BoundedCache.Leaking();

    [Fact, AssertNoLeak(Iterations = Catalog.ResampledIterations, Track = [typeof(Session)])]
    public void SlowlyFillingCache_Clean() => Code.SlowlyFillingCache.Clean();

    [Fact, AssertNoLeak(Track = [typeof(Session)])]
    public void LazySingleton_Clean() => Code.LazySingleton.Clean();

    [Fact, AssertNoLeak(Track = [typeof(Session)])]
    public void ReplacedSingleton_Leaking() => Code.LazySingleton.Leaking();

    [Fact, AssertNoLeak(Iterations = Catalog.ResampledIterations, Track = [typeof(Session)])]
    public void EveryThirdRun_Leaking() => Code.EveryFewRuns.Leaking(3);

    [Fact, AssertNoLeak(Iterations = Catalog.ResampledIterations, Track = [typeof(Session)])]
    public void EveryFifthRun_Leaking() => Code.EveryFewRuns.Leaking(5);

    [Fact, AssertNoLeak(Track = [typeof(Session)])]
    public Task AsyncContinuation_Leaking() => Code.AsyncContinuation.Leaking();

    [Fact, AssertNoLeak(Track = [typeof(Session)])]
    public async Task AsyncContinuation_Clean() => await Code.AsyncContinuation.Clean();

    [Fact, AssertNoLeak(Track = [typeof(Session)])]
    public void ReturnedObject_Clean()
    {
        // The test method's own local: gone once the method returns.
        var session = Code.ReturnedObject.Clean();
        Assert.Equal("returned", session.User);
    }

    [Fact, AssertNoLeak(Track = [typeof(Subscriber)])]
    public void EventSubscription_Leaking() => Code.Events.Leaking();

    [Fact, AssertNoLeak(Track = [typeof(Subscriber)])]
    public void EventSubscription_Clean() => Code.Events.Clean();

    [Fact, AssertNoLeak(Track = [typeof(Resource)])]
    public void UndisposedResource_Leaking() => Code.Resources.Leaking();

    [Fact, AssertNoLeak(Track = [typeof(Resource)])]
    public void DisposedResource_Clean() => Code.Resources.Clean();

    // An instance member, as a probe built from the test's own fixture would be.
    public Probe Callbacks => Code.Registry.CountProbe;

    [Fact, AssertNoLeak(Probes = [nameof(Callbacks)])]
    public void ProbeMember_Leaking() => Code.Registry.Leaking();

    [Fact, AssertNoLeak(Probes = [nameof(Callbacks)])]
    public void ProbeMember_Clean() => Code.Registry.Clean();

    [Fact, AssertNoLeak(Track = [typeof(Session)])]
    public Task OffFlow_Leaking() => Code.OffFlow.Leaking();

    [Fact, AssertNoLeak(Track = [typeof(Session)])]
    public Task OffFlow_Clean() => Code.OffFlow.Clean();

    [Fact, AssertNoLeak(Track = [typeof(Session)])]
    public void Throwing_Body() => Code.Throwing.Run();

    [Fact, AssertNoLeak(Track = [typeof(NeverCreated)], Strict = true)]
    public void NothingCreated_Strict() => Code.Nothing.Run();

    [Fact, AssertNoLeak(Track = [typeof(NeverCreated)])]
    public void NothingCreated_Default() => Code.Nothing.Run();

    [Fact, AssertNoLeak(Track = [typeof(NeverCreated)], Strict = false)]
    public void NothingCreated_NotStrict() => Code.Nothing.Run();

    [Fact, AssertNoLeak(Track = [typeof(Session), typeof(NeverCreated)])]
    public void OneTypeMissing_Default() => Code.StaticList.Clean();

    [Fact, AssertNoLeak(Track = [typeof(Session), typeof(NeverCreated)], Strict = true)]
    public void OneTypeMissing_Strict() => Code.StaticList.Clean();

    [Theory, InlineData(1), InlineData(2), InlineData(3), AssertNoLeak(Track = [typeof(Session)])]
    public void Rows(int id) => Code.Rows.Find(id);
}
