using LifetimeAssert.Xunit;
using Xunit;

namespace LifetimeAssert.Docs.Snippets.DotMemoryUnit;

// begin-snippet: dotmemory-unit
public sealed class LoginTests(Auth auth) : IClassFixture<Auth>
{
    // dotMemory Unit: a check of the objects of MyApp.* and a workspace saved when it fails
    [Fact, AssertNoLeak(Census = ["MyApp.*"], SaveDumpOnLeak = true)]
    public async Task Login_releases_what_it_uses() => await auth.LoginAsync("ann");

    // dotMemory Unit: AssertTraffic with AllocatedMemoryAmount = 4096
    [Fact, AssertAllocations(MaxBytesPerRun = 4096)]
    public void Login_allocates_little() => auth.Login("ann");
}
// end-snippet
