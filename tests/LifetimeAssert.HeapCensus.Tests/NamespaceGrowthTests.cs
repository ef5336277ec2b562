using LifetimeAssert.HeapCensus.Tests.Shop.Orders;

namespace LifetimeAssert.HeapCensus.Tests;

/// <summary><c>Census = ["MyApp.*"]</c>: heap-wide growth narrowed to one namespace and its sub-namespaces.</summary>
[Collection(CensusCollection.Name)]
public sealed class NamespaceGrowthTests : IDisposable
{
    private const string ShopNamespace = "LifetimeAssert.HeapCensus.Tests.Shop";

    private static readonly List<object> Kept = [];
    private int _runs;

    [Fact]
    public async Task A_kept_type_of_a_sub_namespace_leaks_and_is_named()
    {
        var report = await Checks.RunAsync(() => Kept.Add(new Basket(Kept.Count)), o => o.Census(ShopNamespace + ".*"));

        var text = Checks.AssertLeaking(report, $"namespace growth ({ShopNamespace}.*)");
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var leakLine = Array.FindIndex(lines, l => l.StartsWith($"  namespace growth ({ShopNamespace}.*)", StringComparison.Ordinal));
        Assert.StartsWith("    grew " + typeof(Basket).FullName, lines[leakLine + 1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clean_body_passes()
    {
        var report = await Checks.RunAsync(
            () => GC.KeepAlive(new List<Basket> { new(1), new(2) }),
            o => o.Census(ShopNamespace + ".*"));

        Checks.AssertPassed(report);
    }

    [Fact]
    public async Task Growth_outside_the_namespace_is_not_followed_where_the_heap_wide_census_sees_it()
    {
        // The body keeps strings (a cache of the framework's types), and its own types are clean.
        void KeepStrings()
        {
            Kept.Add(new string('x', 1 + Kept.Count));
            GC.KeepAlive(new Basket(0));
        }

        var narrowed = await Checks.RunAsync(KeepStrings, o => o.Census(ShopNamespace + ".*"));
        var heapWide = await Checks.RunAsync(KeepStrings, o => o.Census("*"));

        Checks.AssertPassed(narrowed);
        Checks.AssertLeaking(heapWide, "heap-wide growth (*)");
    }

    [Fact]
    public async Task An_unknown_namespace_is_refused_before_anything_runs()
    {
        var error = await Assert.ThrowsAsync<LeakConfigurationException>(() =>
            Checks.RunAsync(() => _runs++, o => o.Census("LifetimeAssert.HeapCensus.Tests.Shopp.*")));

        var message = Assert.Single(error.Errors);
        Assert.StartsWith("Census name \"LifetimeAssert.HeapCensus.Tests.Shopp.*\" matches no loaded namespace. Did you mean", message, StringComparison.Ordinal);
        Assert.Contains($"\"{ShopNamespace}.*\"", message, StringComparison.Ordinal);
        Assert.Equal(0, _runs);
    }

    public void Dispose() => Kept.Clear();
}
