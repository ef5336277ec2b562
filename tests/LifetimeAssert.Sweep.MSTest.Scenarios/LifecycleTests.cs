using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Sweep.MSTest.Scenarios;

/// <summary>
/// The sweep ends after TestCleanup and the instance's Dispose: what they dispose counts as disposed, what they let go
/// counts as released. (MSTest still holds the instance when the sweep ends, so a field is released by them or not at all.)
/// </summary>
[TestClass]
public sealed class LifecycleTests : IDisposable
{
    private Resource? _resource;
    private Basket? _basket;

    [TestMethod]
    public void Opens_what_the_class_disposes() => _resource = SweepCode.Open();

    [TestMethod]
    public void Holds_a_basket_until_TestCleanup() => _basket = SweepCode.NewBasket();

    [TestCleanup]
    public void Release()
    {
        GC.KeepAlive(_basket);
        _basket = null;
    }

    public void Dispose() => _resource?.Dispose();
}

/// <summary>
/// MSTest still holds the test class instance when the global test cleanup ends the sweep: at the collect level, what
/// a test keeps in a field and never lets go is alive then, and is reported.
/// </summary>
[TestClass]
public sealed class InstanceFieldTests
{
    private Basket? _basket;

    [TestMethod]
    public void Holds_a_basket_in_the_instance() => _basket = SweepCode.NewBasket();

    [TestCleanup]
    public void Keep() => GC.KeepAlive(_basket);
}

/// <summary>
/// The collect level: objects expected to be collected after the test. What holds a survivor is found by walking the
/// whole heap for its type, so these run alone: no other test's basket is alive to be named instead.
/// </summary>
[TestClass, DoNotParallelize]
public sealed class CollectTests
{
    [TestMethod]
    public void Keeps_a_basket_it_expected_collected() => SweepCode.KeepBasket();

    [TestMethod]
    public void Drops_a_basket_it_expected_collected() => SweepCode.DropBasket();

    [TestMethod]
    public void Keeps_a_session_of_a_collected_type() => SweepCode.KeepSession();
}
