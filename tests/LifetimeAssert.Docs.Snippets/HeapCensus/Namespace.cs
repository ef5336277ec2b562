using LifetimeAssert.Xunit;
using Xunit;

namespace LifetimeAssert.Docs.Snippets.HeapCensus;

// begin-snippet: heap-census-namespace
[CollectionDefinition("census", DisableParallelization = true)]   // the census is process-wide: run its tests alone
public sealed class CensusCollection;

[Collection("census")]
public sealed class LoginTests(Auth auth) : IClassFixture<Auth>
{
    [Fact, AssertNoLeak(Iterations = 6, Census = ["MyApp.*"])]   // every type of MyApp and its sub-namespaces
    public async Task Login_releases_what_it_uses() => await auth.LoginAsync("ann");
}
// end-snippet
