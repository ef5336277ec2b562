using LifetimeAssert.NUnit;
using NUnit.Framework;

namespace LifetimeAssert.Docs.Snippets.Readme;

public sealed class NUnitQuickStart
{
    private readonly OrderRepository repository = new();
    private readonly Order order = new(1, "first order");

    // begin-snippet: readme-nunit
    [Test, AssertNoLeak(Iterations = 40, Track = [typeof(Connection)])]
    public void Save_returns_its_connection() => repository.Save(order);
    // end-snippet
}
