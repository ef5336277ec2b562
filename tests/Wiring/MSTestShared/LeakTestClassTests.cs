using LifetimeAssert.MSTest;

namespace WiringFixture;

/// <summary>Checked tests where they belong, in a [LeakTestClass]: a leak, its clean twin, and a test without the attribute.</summary>
[LeakTestClass]
public sealed class LeakTestClassTests
{
    private static readonly List<Widget> Kept = [];
    private static int _plainRuns;

    [TestMethod, AssertNoLeak(Track = [typeof(Widget)])]
    public void Leaking() => Kept.Add(new Widget());

    [TestMethod, AssertNoLeak(Track = [typeof(Widget)])]
    public void Clean() => _ = new Widget();

    // Only checked tests are run many times: one without the attribute runs exactly once.
    [TestMethod]
    public void Plain() => Assert.AreEqual(1, Interlocked.Increment(ref _plainRuns));
}
