using LifetimeAssert.Scenarios;
using NUnit.Framework;

namespace LifetimeAssert.NUnit.Scenarios;

/// <summary>
/// SetUp and TearDown run once around all runs of a checked test; TearDown prints the counts and fails the test
/// when SetUp ran more than once or the body only once.
/// </summary>
public sealed class LifecycleScenarios
{
    private int _setUps;
    private int _bodies;

    [SetUp]
    public void SetUp()
    {
        _setUps++;
        _bodies = 0;
    }

    [TearDown]
    public void TearDown()
    {
        TestContext.Out.WriteLine($"setup={_setUps} body={_bodies} teardown=1");
        var setUps = _setUps;
        _setUps = 0;
        Assert.That(setUps, Is.EqualTo(1), "SetUp runs once around all runs");
        Assert.That(_bodies, Is.GreaterThan(1), "the body runs many times");
    }

    [Test, AssertNoLeak(Track = [typeof(Session)])]
    public void SetUpAndTearDown_RunOnce()
    {
        _bodies++;
        Code.StaticList.Clean();
    }

    [Test, AssertNoLeak(Track = [typeof(Session)])]
    public void AssertPass_KeepsRunning()
    {
        _bodies++;
        Code.StaticList.Clean();
        Assert.Pass("one run passed");
    }

    [Test, AssertNoLeak(Track = [typeof(Session)])]
    public void BodyAssertion_FailsOnFifth()
    {
        _bodies++;
        Code.StaticList.Clean();
        Assert.That(_bodies, Is.LessThan(5), "body assertion");
    }
}
