using LifetimeAssert.Xunit;
using Xunit;

// begin-snippet: options-levels
[assembly: AssertNoLeak(Iterations = 20, Warmup = 5)]   // defaults for the checked tests only
// end-snippet

namespace LifetimeAssert.Docs.Snippets.Options;

// begin-snippet: options-levels
[AssertNoLeak(Track = [typeof(Session)])]                                  // every test of the class
public sealed class LoginTests(Auth auth) : IClassFixture<Auth>
{
    [Fact, AssertNoLeak(Track = [typeof(Connection)], AllowedGrowth = 2)]  // Session and Connection, 20 runs
    public async Task Login_releases_what_it_uses() => await auth.LoginAsync("ann");
}
// end-snippet

public sealed class Builder
{
    private readonly Auth auth = new();

    public static int OpenSessions { get; set; }

    public async Task Check()
    {
        // begin-snippet: options-builder
        LeakReport report = await Leak.CheckAsync(() => auth.LoginAsync("ann"), o => o
            .Iterations(20).SampleEvery(4).Warmup(5)
            .Track<Session>().AllowedGrowth(2)
            .Probe(Probe.Counter("open sessions", () => OpenSessions))
            .Judge(ProcessProbes.Timers).RunsAlone()
            .TimeBudget(TimeSpan.FromMinutes(2))
            .Name("login"));
        // end-snippet
        report.ThrowIfLeaking();
    }
}
