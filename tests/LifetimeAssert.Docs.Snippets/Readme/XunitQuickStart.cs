using LifetimeAssert.Xunit;
using Xunit;

namespace LifetimeAssert.Docs.Snippets.Readme;

public sealed class XunitQuickStart
{
    private readonly Auth auth = new();

    // begin-snippet: readme-xunit
    [Fact, AssertNoLeak(Iterations = 30, Track = [typeof(Session)])]
    public async Task Login_releases_its_session() => await auth.LoginAsync("ann");
    // end-snippet
}
