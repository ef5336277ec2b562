using LifetimeAssert.Example;

namespace LifetimeAssert.SweptExample;

/// <summary>Ordinary tests: neither names LifetimeAssert. Both find the order; the sweep fails the one that leaks.</summary>
public sealed class OrderRepositoryTests(OrdersDatabase database) : IClassFixture<OrdersDatabase>
{
    [Fact]
    public void FindById_returns_the_order() =>
        Assert.Equal("first order", new FixedOrderRepository(database.Connection).FindById(1)?.Description);

    [Fact]
    public void Unclosed_FindById_returns_the_order() =>
        Assert.Equal("first order", new UnclosedOrderRepository(database.Connection).FindById(1)?.Description);
}
