using LifetimeAssert.MSTest;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace LifetimeAssert.Docs.Snippets.Analyzers.La0005;

// begin-snippet: analyzers-la0005
[TestClass]                                            // LA0005: replace [TestClass] with [LeakTestClass] on 'OrderTests'
public class OrderTests
{
    [TestMethod, AssertNoLeak(Track = [typeof(Connection)])]
    public void Save_returns_its_connection() { }
}
// end-snippet
