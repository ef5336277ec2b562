using LifetimeAssert.MSTest;
using LifetimeAssert.Scenarios;

// Defaults for every checked test of this assembly, the catalog's; a test is checked only where its method or class says so.
[assembly: AssertNoLeak(Iterations = Catalog.Iterations)]

namespace LifetimeAssert.MSTest.Scenarios;

/// <summary>
/// The shared catalog under [AssertNoLeak]; each method is named after its scenario, and its attributes give the catalog's
/// options for it (the adapter tests compare them). The scenarios that must run alone are in <see cref="ProcessWideScenarios"/>.
/// </summary>
[LeakTestClass]
public sealed class CatalogScenarios
{
    [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
    public void StaticList_Leaking() => Code.StaticList.Leaking();

    [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
    public void StaticList_Clean() => Code.StaticList.Clean();

    [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
    public void BoundedCache_Clean() => Code.BoundedCache.Clean();

    [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
    public void UnboundedCache_Leaking() => Code.BoundedCache.Leaking();

    [TestMethod, AssertNoLeak(Iterations = Catalog.ResampledIterations, Track = [typeof(Session)])]
    public void SlowlyFillingCache_Clean() => Code.SlowlyFillingCache.Clean();

    [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
    public void LazySingleton_Clean() => Code.LazySingleton.Clean();

    [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
    public void ReplacedSingleton_Leaking() => Code.LazySingleton.Leaking();

    [TestMethod, AssertNoLeak(Iterations = Catalog.ResampledIterations, Track = [typeof(Session)])]
    public void EveryThirdRun_Leaking() => Code.EveryFewRuns.Leaking(3);

    [TestMethod, AssertNoLeak(Iterations = Catalog.ResampledIterations, Track = [typeof(Session)])]
    public void EveryFifthRun_Leaking() => Code.EveryFewRuns.Leaking(5);

    [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
    public Task AsyncContinuation_Leaking() => Code.AsyncContinuation.Leaking();

    [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
    public async Task AsyncContinuation_Clean() => await Code.AsyncContinuation.Clean();

    [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
    public void ReturnedObject_Clean()
    {
        // The test method's own local: gone once the method returns.
        var session = Code.ReturnedObject.Clean();
        Assert.AreEqual("returned", session.User);
    }

    [TestMethod, AssertNoLeak(Track = [typeof(Subscriber)])]
    public void EventSubscription_Leaking() => Code.Events.Leaking();

    [TestMethod, AssertNoLeak(Track = [typeof(Subscriber)])]
    public void EventSubscription_Clean() => Code.Events.Clean();

    [TestMethod, AssertNoLeak(Track = [typeof(Resource)])]
    public void UndisposedResource_Leaking() => Code.Resources.Leaking();

    [TestMethod, AssertNoLeak(Track = [typeof(Resource)])]
    public void DisposedResource_Clean() => Code.Resources.Clean();

    // An instance member, as a probe built from the test's own fixture would be.
    public Probe Callbacks => Code.Registry.CountProbe;

    [TestMethod, AssertNoLeak(Probes = [nameof(Callbacks)])]
    public void ProbeMember_Leaking() => Code.Registry.Leaking();

    [TestMethod, AssertNoLeak(Probes = [nameof(Callbacks)])]
    public void ProbeMember_Clean() => Code.Registry.Clean();

    [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
    public void Throwing_Body() => Code.Throwing.Run();

    [TestMethod, AssertNoLeak(Track = [typeof(NeverCreated)], Strict = true)]
    public void NothingCreated_Strict() => Code.Nothing.Run();

    [TestMethod, AssertNoLeak(Track = [typeof(NeverCreated)])]
    public void NothingCreated_Default() => Code.Nothing.Run();

    [TestMethod, AssertNoLeak(Track = [typeof(NeverCreated)], Strict = false)]
    public void NothingCreated_NotStrict() => Code.Nothing.Run();

    [TestMethod, AssertNoLeak(Track = [typeof(Session), typeof(NeverCreated)])]
    public void OneTypeMissing_Default() => Code.StaticList.Clean();

    [TestMethod, AssertNoLeak(Track = [typeof(Session), typeof(NeverCreated)], Strict = true)]
    public void OneTypeMissing_Strict() => Code.StaticList.Clean();

    [TestMethod, DataRow(1), DataRow(2), DataRow(3), AssertNoLeak(Track = [typeof(Session)])]
    public void Rows(int id) => Code.Rows.Find(id);

    [TestMethod, DataRow(1), DataRow(2), DataRow(3), AssertNoLeak(Track = [typeof(Session)])]
    public async Task AsyncRows(int id)
    {
        await Task.Yield();
        Code.Rows.Find(id);
    }
}
