using System.Data.Common;
using LifetimeAssert.Data;
using LifetimeAssert.Example;
using Microsoft.Data.Sqlite;
using Xunit;

// begin-snippet: sweep-example
// Sweep.cs — the one line (xUnit v3; NUnit and MSTest: the same line with their package's namespace)
// begin-snippet: readme-sweep
[assembly: LifetimeAssert.Xunit.LeakSweep]   // NUnit, MSTest: the same line from their package
// end-snippet
// end-snippet

// The swept example (examples/LifetimeAssert.SweptExample) in one file, so that its parts keep their order on the page.
namespace LifetimeAssert.Docs.Snippets.Sweep;

public sealed class OrdersDatabase : IDisposable
{
    public OrdersDatabase()
    {
        // begin-snippet: sweep-example
        // OrdersDatabase.cs — the class fixture's long-lived connection; WithLifetimeTracking() is what the sweep sees
        Connection = new SqliteConnection("Data Source=:memory:").WithLifetimeTracking();
        // end-snippet
    }

    public DbConnection Connection { get; }

    public void Dispose() => Connection.Dispose();
}

public sealed class OrderRepositoryTests(OrdersDatabase database) : IClassFixture<OrdersDatabase>
{
    // begin-snippet: sweep-example
    // OrderRepositoryTests.cs — ordinary tests
    // begin-snippet: readme-sweep
    [Fact]
    public void Unclosed_FindById_returns_the_order() =>
        Assert.Equal("first order", new UnclosedOrderRepository(database.Connection).FindById(1)?.Description);
    // end-snippet
    // end-snippet
}
