using LifetimeAssert.Scenarios;
using NUnit.Framework;

namespace LifetimeAssert.NUnit.Scenarios;

/// <summary>The attribute on the fixture checks every test in it.</summary>
[AssertNoLeak(Track = [typeof(Session)])]
public sealed class ClassLevelScenarios
{
    [Test]
    public void ClassLevel_Leaking() => Code.LazySingleton.Leaking();

    [Test, AssertNoLeak(Iterations = 6, SampleEvery = 1)]
    public void ClassLevel_MethodOverrides_Leaking() => Code.StaticList.Leaking();
}
