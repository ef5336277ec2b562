using LifetimeAssert.Scenarios;
using NUnit.Framework;

namespace LifetimeAssert.NUnit.Scenarios;

/// <summary>Tests without the attribute run exactly once, as with NUnit alone.</summary>
public sealed class PlainScenarios
{
    private static int _runs;

    [Test]
    public void Plain_RunsOnce() => Assert.That(Interlocked.Increment(ref _runs), Is.EqualTo(1));

    [Test, AssertNoLeak(Iterations = 0, Warmup = -1, Track = [typeof(int)])]
    public void InvalidOptions() => Code.Nothing.Run();

    [Test, AssertNoLeak(Census = ["LifetimeAssert.Scenarios.Session"])]
    public void CensusWithoutPackage() => Code.StaticList.Clean();

    [Test, AssertNoLeak(Probes = ["NoSuchMember"])]
    public void UnknownProbeMember() => Code.Nothing.Run();
}
