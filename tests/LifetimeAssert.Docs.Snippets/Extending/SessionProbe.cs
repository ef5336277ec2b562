using LifetimeAssert.Xunit;
using Xunit;

namespace LifetimeAssert.Docs.Snippets.Extending;

public sealed class SessionStore
{
    public int Count { get; set; }
}

// begin-snippet: extending-probe
public sealed class OpenSessionsProbe(SessionStore store) : Probe("open sessions", isProcessWide: false)
{
    protected override long Sample() => store.Count;   // throw ProbeInconclusiveException when it cannot count
}

public sealed class SessionTests(Auth auth, SessionStore store) : IClassFixture<Auth>, IClassFixture<SessionStore>
{
    public Probe OpenSessions => new OpenSessionsProbe(store);

    [Fact, AssertNoLeak(Probes = [nameof(OpenSessions)])]   // or .Probe(new OpenSessionsProbe(store)) on the builder
    public async Task Login_closes_its_session() => await auth.LoginAsync("ann");
}
// end-snippet
