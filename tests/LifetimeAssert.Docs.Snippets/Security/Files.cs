using LifetimeAssert.NUnit;
using LifetimeAssert.Npgsql.Testing;
using NUnit.Framework;

namespace LifetimeAssert.Docs.Snippets.Security;

// begin-snippet: security
public sealed class LoginTests
{
    private readonly Auth auth = new();

    // A leak writes <test>.leak.txt and .leak.svg to TestResults/LifetimeAssert (or $LIFETIMEASSERT_RESULTS): folder 0700,
    // files 0600. The dump is written only because this test asks, and stays out of the test result (AttachDumpToResult).
    [Test, AssertNoLeak(Track = [typeof(Session)], SaveDumpOnLeak = true)]
    public void Login_releases_its_session() => auth.Login("ann");
}
// end-snippet

public sealed class PostgresTests
{
    // begin-snippet: security-postgres
    // LIFETIMEASSERT_POSTGRES, else Testcontainers, else a throwaway local cluster: 127.0.0.1 only, SCRAM, a random password
    private readonly PostgresLeakFixture _postgres = new() { StartTimeout = TimeSpan.FromMinutes(10) };
    // end-snippet

    [OneTimeSetUp] public async Task StartAsync() => await _postgres.InitializeAsync();

    [OneTimeTearDown] public async Task StopAsync() => await _postgres.DisposeAsync();
}
