using LifetimeAssert.MSTest;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace LifetimeAssert.Docs.Snippets.Allocations.MSTest;

// begin-snippet: allocations-mstest
[LeakTestClass]
public sealed class ParserTests
{
    private readonly Parser parser = new();

    [TestMethod, AssertAllocations(MaxBytesPerRun = 4096)]
    public void Parse_stays_within_its_budget() => parser.Parse("1,first order");
}
// end-snippet
