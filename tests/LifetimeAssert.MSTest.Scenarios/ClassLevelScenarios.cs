using LifetimeAssert.Scenarios;

namespace LifetimeAssert.MSTest.Scenarios;

/// <summary>The attribute on the class checks every test in it.</summary>
[LeakTestClass, AssertNoLeak(Track = [typeof(Session)])]
public sealed class ClassLevelScenarios
{
    [TestMethod]
    public void ClassLevel_Leaking() => Code.LazySingleton.Leaking();

    [TestMethod, AssertNoLeak(Iterations = 6, SampleEvery = 1)]
    public void ClassLevel_MethodOverrides_Leaking() => Code.StaticList.Leaking();
}
