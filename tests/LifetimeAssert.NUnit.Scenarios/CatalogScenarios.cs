using LifetimeAssert.NUnit;
using LifetimeAssert.Scenarios;
using NUnit.Framework;

// Defaults for every checked test of this assembly, the catalog's; a test is checked only where its method or class says so.
[assembly: AssertNoLeak(Iterations = Catalog.Iterations)]

// The parallel pair needs two workers even on a one-core machine.
[assembly: LevelOfParallelism(4)]

namespace LifetimeAssert.NUnit.Scenarios;

/// <summary>
/// The shared catalog under [AssertNoLeak]; each method is named after its scenario, and its attributes give the catalog's
/// options for it (the adapter tests compare them).
/// </summary>
public sealed class CatalogScenarios
{
    [Test, AssertNoLeak(Track = [typeof(Session)])]
    public void StaticList_Leaking() => Code.StaticList.Leaking();

    [Test, AssertNoLeak(Track = [typeof(Session)])]
    public void StaticList_Clean() => Code.StaticList.Clean();

    [Test, AssertNoLeak(Track = [typeof(Session)])]
    public void BoundedCache_Clean() => Code.BoundedCache.Clean();

    [Test, AssertNoLeak(Track = [typeof(Session)])]
    public void UnboundedCache_Leaking() => Code.BoundedCache.Leaking();

    [Test, AssertNoLeak(Iterations = Catalog.ResampledIterations, Track = [typeof(Session)])]
    public void SlowlyFillingCache_Clean() => Code.SlowlyFillingCache.Clean();

    [Test, AssertNoLeak(Track = [typeof(Session)])]
    public void LazySingleton_Clean() => Code.LazySingleton.Clean();

    [Test, AssertNoLeak(Track = [typeof(Session)])]
    public void ReplacedSingleton_Leaking() => Code.LazySingleton.Leaking();

    [Test, AssertNoLeak(Iterations = Catalog.ResampledIterations, Track = [typeof(Session)])]
    public void EveryThirdRun_Leaking() => Code.EveryFewRuns.Leaking(3);

    [Test, AssertNoLeak(Iterations = Catalog.ResampledIterations, Track = [typeof(Session)])]
    public void EveryFifthRun_Leaking() => Code.EveryFewRuns.Leaking(5);

    [Test, AssertNoLeak(Track = [typeof(Session)])]
    public Task AsyncContinuation_Leaking() => Code.AsyncContinuation.Leaking();

    [Test, AssertNoLeak(Track = [typeof(Session)])]
    public async Task AsyncContinuation_Clean() => await Code.AsyncContinuation.Clean();

    [Test, AssertNoLeak(Track = [typeof(Session)])]
    public void ReturnedObject_Clean()
    {
        // The test method's own local: gone once the method returns.
        var session = Code.ReturnedObject.Clean();
        Assert.That(session.User, Is.EqualTo("returned"));
    }

    [Test, AssertNoLeak(Track = [typeof(Subscriber)])]
    public void EventSubscription_Leaking() => Code.Events.Leaking();

    [Test, AssertNoLeak(Track = [typeof(Subscriber)])]
    public void EventSubscription_Clean() => Code.Events.Clean();

    [Test, AssertNoLeak(Track = [typeof(Resource)])]
    public void UndisposedResource_Leaking() => Code.Resources.Leaking();

    [Test, AssertNoLeak(Track = [typeof(Resource)])]
    public void DisposedResource_Clean() => Code.Resources.Clean();

    // An instance member, as a probe built from the test's own fixture would be.
    public Probe Callbacks => Code.Registry.CountProbe;

    [Test, AssertNoLeak(Probes = [nameof(Callbacks)])]
    public void ProbeMember_Leaking() => Code.Registry.Leaking();

    [Test, AssertNoLeak(Probes = [nameof(Callbacks)])]
    public void ProbeMember_Clean() => Code.Registry.Clean();

    [Test, AssertNoLeak(Track = [typeof(Session)])]
    public Task OffFlow_Leaking() => Code.OffFlow.Leaking();

    [Test, AssertNoLeak(Track = [typeof(Session)])]
    public Task OffFlow_Clean() => Code.OffFlow.Clean();

    [Test, AssertNoLeak(Track = [typeof(Session)])]
    public void Throwing_Body() => Code.Throwing.Run();

    [Test, AssertNoLeak(Track = [typeof(NeverCreated)], Strict = true)]
    public void NothingCreated_Strict() => Code.Nothing.Run();

    [Test, AssertNoLeak(Track = [typeof(NeverCreated)])]
    public void NothingCreated_Default() => Code.Nothing.Run();

    [Test, AssertNoLeak(Track = [typeof(NeverCreated)], Strict = false)]
    public void NothingCreated_NotStrict() => Code.Nothing.Run();

    [Test, AssertNoLeak(Track = [typeof(Session), typeof(NeverCreated)])]
    public void OneTypeMissing_Default() => Code.StaticList.Clean();

    [Test, AssertNoLeak(Track = [typeof(Session), typeof(NeverCreated)], Strict = true)]
    public void OneTypeMissing_Strict() => Code.StaticList.Clean();

    [TestCase(1), TestCase(2), TestCase(3), AssertNoLeak(Track = [typeof(Session)])]
    public void Rows(int id) => Code.Rows.Find(id);

    private static readonly int[] RowIds = [1, 2, 3];

    [TestCaseSource(nameof(RowIds)), AssertNoLeak(Track = [typeof(Session)])]
    public async Task SourcedRows(int id)
    {
        await Task.Yield();
        Code.Rows.Find(id);
    }
}
