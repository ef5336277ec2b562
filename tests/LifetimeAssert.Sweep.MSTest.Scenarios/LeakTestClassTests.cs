using LifetimeAssert.MSTest;
using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Sweep.MSTest.Scenarios;

/// <summary>
/// A [LeakTestClass]: its checked test runs through the engine, never through MSTest's global test initialization, so
/// it is not swept; its other tests are swept as in any class.
/// </summary>
[LeakTestClass]
public sealed class LeakTestClassTests
{
    [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
    public void Checked_and_clean() => Code.StaticList.Clean();

    [TestMethod]
    public void Unchecked_and_leaking() => SweepCode.LeaveOpen();
}
