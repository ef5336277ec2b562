using LifetimeAssert.Xunit;
using Xunit;

namespace LifetimeAssert.Docs.Snippets.HeapCensus;

public sealed class CensusTests
{
    private readonly OrderRepository repository = new();

    // begin-snippet: heap-census
    [Fact, AssertNoLeak(Iterations = 6, Census = ["Npgsql.PreparedStatement"])]
    public async Task FindById_releases_its_statements() => await repository.FindById(42);
    // end-snippet

    internal async Task WholeHeap()
    {
        Func<Task> body = () => repository.FindById(42);
        // begin-snippet: heap-census
        LeakReport report = await Leak.CheckAsync(body, o => o.Iterations(6).Census("*"));   // heap-wide growth
        // end-snippet
        report.ThrowIfLeaking();
    }
}
