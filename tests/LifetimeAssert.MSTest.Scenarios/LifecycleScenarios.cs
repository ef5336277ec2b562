using LifetimeAssert.Scenarios;

namespace LifetimeAssert.MSTest.Scenarios;

/// <summary>The base class's TestInitialize and TestCleanup, which must run once too, around the derived class's.</summary>
public abstract class LifecycleBase
{
    protected int BaseInitializes { get; private set; }

    protected int BaseCleanups { get; private set; }

    [TestInitialize]
    public void BaseInitialize() => BaseInitializes++;

    [TestCleanup]
    public void BaseCleanup()
    {
        BaseCleanups++;
        Console.WriteLine($"base-cleanup={BaseCleanups}");
    }
}

/// <summary>
/// The test class is created once, TestInitialize and TestCleanup run once around all runs of a checked test;
/// TestCleanup writes the counts and fails the test when TestInitialize ran more than once or the body only once.
/// </summary>
[LeakTestClass]
public sealed class LifecycleScenarios : LifecycleBase, IDisposable
{
    private static int _instances;
    private int _initializes;
    private int _bodies;

    public LifecycleScenarios() => Interlocked.Increment(ref _instances);

    public TestContext TestContext { get; set; } = null!;

    [TestInitialize]
    public void Initialize()
    {
        Assert.AreEqual(1, BaseInitializes, "the base class's TestInitialize runs first");
        _initializes++;
    }

    [TestCleanup]
    public void Cleanup()
    {
        var instances = Interlocked.Exchange(ref _instances, 0);
        TestContext.WriteLine($"initialize={_initializes} base-initialize={BaseInitializes} body={_bodies} cleanup=1 instances={instances}");
        Assert.AreEqual(1, _initializes, "TestInitialize runs once around all runs");
        Assert.AreEqual(0, BaseCleanups, "the class's own TestCleanup runs before the base class's");
        Assert.IsGreaterThan(1, _bodies, "the body runs many times");
    }

    public void Dispose() => Console.WriteLine("disposed");

    [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
    public void Initialize_and_cleanup_run_once()
    {
        _bodies++;
        Code.StaticList.Clean();
    }

    [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
    public void BodyAssertion_FailsOnFifth()
    {
        _bodies++;
        Code.StaticList.Clean();
        Assert.IsLessThan(5, _bodies, "body assertion");
    }
}
