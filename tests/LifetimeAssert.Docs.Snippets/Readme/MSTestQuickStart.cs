using LifetimeAssert.MSTest;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace LifetimeAssert.Docs.Snippets.Readme;

// begin-snippet: readme-mstest
[LeakTestClass]
public sealed class OrderRepositoryTests
{
    private readonly OrderRepository repository = new();

    [TestMethod, AssertNoLeak(Iterations = 40, Track = [typeof(Connection)])]
    public void Save_returns_its_connection() => repository.Save(new Order(1, "first order"));
}
// end-snippet
