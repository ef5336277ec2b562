using LifetimeAssert.Xunit;
using Xunit;

namespace LifetimeAssert.Docs.Snippets.Analyzers.La0003;

// begin-snippet: analyzers-la0003
[AssertNoLeak(Iterations = 20)]   // LA0003: nothing is tracked, counted or judged
public class LoginTests
{
    [Fact]
    public void Login() { }
}
// end-snippet
