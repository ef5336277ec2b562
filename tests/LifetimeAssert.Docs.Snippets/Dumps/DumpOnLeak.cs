using LifetimeAssert.Xunit;
using Xunit;

namespace LifetimeAssert.Docs.Snippets.Dumps;

public sealed class LoginTests(Auth auth) : IClassFixture<Auth>
{
    // begin-snippet: dumps-on-leak
    [Fact, AssertNoLeak(Track = [typeof(Session)], SaveDumpOnLeak = true)]
    public void Login_releases_its_session() => auth.Login("ann");
    // end-snippet

    internal Task<LeakReport> Imperative() =>
        // begin-snippet: dumps-builder
        Leak.CheckAsync(() => auth.Login("ann"), o => o.Track<Session>().SaveDumpOnLeak().AttachDumpToResult());   // attach: only where artifacts stay private
        // end-snippet
}
