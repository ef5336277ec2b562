#pragma warning disable xUnit1013 // Helper is public on purpose: the example shows LA0002 on a method that is not a test
// begin-snippet: analyzers-la0002
using LifetimeAssert.NUnit;   // the wrong using
using Xunit;
// end-snippet

namespace LifetimeAssert.Docs.Snippets.Analyzers.La0002;

// begin-snippet: analyzers-la0002
public class LoginTests
{
    [Fact, AssertNoLeak(Iterations = 20, Track = [typeof(Session)])]   // LA0002: an xUnit test, the NUnit attribute
    public void Login() { }

    [AssertNoLeak(Track = [typeof(Session)])]                          // LA0002: not a test at all
    public void Helper() { }
}
// end-snippet
