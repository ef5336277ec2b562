using LifetimeAssert.MSTest;

namespace WiringFixture;

/// <summary>
/// A checked test in a plain [TestClass], which MSTest would run once and pass unchecked: LA0005 reports the class at
/// build time (made a warning in these fixtures by LA0005.globalconfig, so they build) and the runtime guard the
/// package's targets compile in fails the test. Its test without the attribute runs as usual.
/// </summary>
[TestClass]
public sealed class PlainTestClassTests
{
    [TestMethod, AssertNoLeak(Track = [typeof(Widget)])]
    public void Checked() => _ = new Widget();

    [TestMethod]
    public void NotChecked() => _ = new Widget();
}
