using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Sweep.Xunit.Scenarios;

/// <summary>What the test class holds and disposes is judged after the class instance is disposed and released.</summary>
public sealed class LifecycleTests : IDisposable
{
    private Resource? _resource;
    private Basket? _basket;

    [Fact]
    public void Opens_what_the_class_disposes() => _resource = SweepCode.Open();

    [Fact]
    public void Holds_a_basket_in_the_instance() => _basket = SweepCode.NewBasket();

    public void Dispose()
    {
        _resource?.Dispose();
        GC.KeepAlive(_basket);
    }
}

/// <summary>
/// The collect level: objects expected to be collected after the test. Alone, so the heap holds no other test's basket
/// when "held by" looks for one (it finds what holds any live instance of the type).
/// </summary>
[Collection("alone")]
public sealed class CollectTests
{
    [Fact]
    public void Keeps_a_basket_it_expected_collected() => SweepCode.KeepBasket();

    [Fact]
    public void Drops_a_basket_it_expected_collected() => SweepCode.DropBasket();

    [Fact]
    public void Keeps_a_session_of_a_collected_type() => SweepCode.KeepSession();
}
