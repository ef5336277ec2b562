using LifetimeAssert.Xunit;
using Xunit;

namespace LifetimeAssert.Docs.Snippets.Analyzers.La0004;

// begin-snippet: analyzers-la0004
[AssertNoLeak(Iterations = 10, Track = [typeof(Session)])]
public class LoginTests
{
    [Fact, AssertNoLeak(SampleEvery = 4)]   // LA0004: Iterations (10) must be a multiple of SampleEvery (4): use 12.
    public void Login() { }
}
// end-snippet
