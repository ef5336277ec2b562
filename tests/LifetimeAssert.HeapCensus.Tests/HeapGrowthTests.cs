namespace LifetimeAssert.HeapCensus.Tests;

/// <summary><c>Census = ["*"]</c>: every type that grew in every sample, largest growth first.</summary>
[Collection(CensusCollection.Name)]
public sealed class HeapGrowthTests : IDisposable
{
    private static readonly List<Order> Orders = [];

    [Fact]
    public async Task Heap_wide_growth_names_the_kept_type_first()
    {
        var report = await Checks.RunAsync(KeepTwoOrders, o => o.Census("*"));

        var text = Checks.AssertLeaking(report, "heap-wide growth (*)");
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var leakLine = Array.FindIndex(lines, l => l.StartsWith("  heap-wide growth (*)", StringComparison.Ordinal));
        Assert.StartsWith("    grew " + typeof(Order).FullName, lines[leakLine + 1], StringComparison.Ordinal);
        Checks.AssertHeldBy(text, "static HeapGrowthTests.Orders (List<HeapGrowthTests.Order>)");
    }

    [Fact]
    public async Task A_clean_body_passes_heap_wide_growth()
    {
        var report = await Checks.RunAsync(UseAndDrop, o => o.Census("*"));

        Checks.AssertPassed(report);
    }

    public void Dispose() => Orders.Clear();

    private static void KeepTwoOrders()
    {
        Orders.Add(new Order(Orders.Count));
        Orders.Add(new Order(Orders.Count));
    }

    private static void UseAndDrop()
    {
        var scratch = new List<Order> { new(1), new(2) };
        GC.KeepAlive(scratch);
    }

    public sealed record Order(int Id);
}
