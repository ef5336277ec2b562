using LifetimeAssert.Scenarios;

namespace LifetimeAssert.MSTest.Scenarios;

/// <summary>Tests without the attribute run exactly once, as with MSTest alone, in a [LeakTestClass] too.</summary>
[LeakTestClass]
public sealed class PlainScenarios
{
    private static int _runs;

    [TestMethod]
    public void Plain_RunsOnce() => Assert.AreEqual(1, Interlocked.Increment(ref _runs));

    [TestMethod, AssertNoLeak(Iterations = 0, Warmup = -1, Track = [typeof(int)])]
    public void InvalidOptions() => Code.Nothing.Run();

    [TestMethod, AssertNoLeak(Census = ["LifetimeAssert.Scenarios.Session"])]
    public void CensusWithoutPackage() => Code.StaticList.Clean();

    [TestMethod, AssertNoLeak(Probes = ["NoSuchMember"])]
    public void UnknownProbeMember() => Code.Nothing.Run();
}
