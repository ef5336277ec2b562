using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Sweep.NUnit.Scenarios;

/// <summary>
/// The sweep ends after TearDown: what TearDown disposes counts as disposed, what it lets go counts as released. (NUnit
/// keeps one fixture instance for all its tests, so a field is released by TearDown or not at all.)
/// </summary>
[Parallelizable]
public sealed class LifecycleTests
{
    private Resource? _resource;
    private Basket? _basket;

    [Test]
    public void Opens_what_TearDown_disposes() => _resource = SweepCode.Open();

    [Test]
    public void Holds_a_basket_until_TearDown() => _basket = SweepCode.NewBasket();

    [TearDown]
    public void Release()
    {
        _resource?.Dispose();
        _resource = null;
        GC.KeepAlive(_basket);
        _basket = null;
    }
}

/// <summary>
/// The collect level: objects expected to be collected after the test. What holds a survivor is found by walking the
/// whole heap for its type, so these run alone (an unmarked fixture): no other test's basket is alive to be named instead.
/// </summary>
public sealed class CollectTests
{
    [Test]
    public void Keeps_a_basket_it_expected_collected() => SweepCode.KeepBasket();

    [Test]
    public void Drops_a_basket_it_expected_collected() => SweepCode.DropBasket();

    [Test]
    public void Keeps_a_session_of_a_collected_type() => SweepCode.KeepSession();
}
