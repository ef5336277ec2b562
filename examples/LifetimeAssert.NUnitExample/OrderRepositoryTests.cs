using LifetimeAssert.NUnit;
using NUnit.Framework;

namespace LifetimeAssert.NUnitExample;

public sealed class OrderRepositoryTests
{
    private OrderRepository _repository = null!;

    // SetUp and TearDown run once; the test body runs warm-up + Iterations (+ a bounded number of extra) times.
    [SetUp]
    public void CreateRepository() => _repository = new OrderRepository();

    [Test, AssertNoLeak(Iterations = 40, Track = [typeof(Connection)])]
    public void Save_returns_its_connection() => _repository.Save(42);

    [TestCase(1), TestCase(2), AssertNoLeak(Track = [typeof(Connection)])]
    public void Save_returns_its_connection_for_every_order(int orderId) => _repository.Save(orderId);
}
