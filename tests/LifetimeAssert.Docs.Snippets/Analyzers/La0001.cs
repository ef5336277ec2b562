using LifetimeAssert.Xunit;
using Xunit;

namespace LifetimeAssert.Docs.Snippets.Analyzers.La0001;

// begin-snippet: analyzers-la0001
public class LoginTests(Auth server) : IClassFixture<Auth>
{
    [Fact, AssertNoLeak(Track = [typeof(Session)])]   // LA0001 without the registration
    public async Task Login_releases_its_session() => await server.LoginAsync("ann");
}
// end-snippet
