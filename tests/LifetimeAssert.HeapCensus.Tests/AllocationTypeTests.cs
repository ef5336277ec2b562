namespace LifetimeAssert.HeapCensus.Tests;

/// <summary>
/// An allocation check over budget names its top allocating types, sampled from the runtime's GC allocation events in
/// an in-process EventPipe session (this package). Process-wide, so in the collection that runs alone.
/// </summary>
[Collection(CensusCollection.Name)]
public sealed class AllocationTypeTests
{
    private static object? _sink;

    [Fact]
    public async Task A_body_over_budget_names_its_largest_allocating_type_first()
    {
        var report = await Leak.CheckAllocationsAsync(AllocateArrayAndStrings, o => o.MaxBytesPerRun(4096).Name("Big"), TestContext.Current.CancellationToken);

        var text = report.ToString();
        Assert.False(report.Passed, text);
        var types = TypesLine(text);
        Assert.StartsWith("  types     ~", types, StringComparison.Ordinal);
        Assert.Contains(" B/run System.Byte[]", FirstEntry(types), StringComparison.Ordinal);
        Assert.Matches(@"   \(sampled: one GC allocation event per ~100 KB, over \d+ extra runs; estimates\)$", types);
        Assert.True(PerRun(FirstEntry(types)) > 16 * 1024, text);
    }

    [Fact]
    public async Task A_body_allocating_a_few_kilobytes_per_run_is_still_sampled()
    {
        var report = await Leak.CheckAllocationsAsync(() => _sink = new byte[8 * 1024], o => o.MaxBytesPerRun(4096), TestContext.Current.CancellationToken);

        var text = report.ToString();
        var types = TypesLine(text);
        Assert.Contains(" B/run System.Byte[]", FirstEntry(types), StringComparison.Ordinal);
        Assert.Contains("; estimates)", types, StringComparison.Ordinal);
    }

    [Fact]
    public void A_synchronous_check_over_budget_samples_without_yielding()
    {
        var report = Leak.CheckAllocations(() => _sink = new byte[64 * 1024], o => o.MaxBytesPerRun(4096));

        Assert.Contains(" B/run System.Byte[]", FirstEntry(TypesLine(report.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_within_budget_runs_no_extra_runs_and_has_no_types_line()
    {
        var runs = 0;
        var report = await Leak.CheckAllocationsAsync(() => { runs++; }, o => o.MaxBytesPerRun(4096).Iterations(5).Warmup(2), TestContext.Current.CancellationToken);

        Assert.True(report.Passed);
        Assert.Equal(7, runs);
        Assert.DoesNotContain("  types", report.ToString(), StringComparison.Ordinal);
    }

    private static void AllocateArrayAndStrings()
    {
        _sink = new byte[64 * 1024];
        for (var i = 0; i < 4; i++)
        {
            _sink = new string('x', 20 + i);
        }
    }

    private static string TypesLine(string report) =>
        Assert.Single(report.Split(Environment.NewLine), l => l.StartsWith("  types ", StringComparison.Ordinal));

    private static string FirstEntry(string typesLine) => typesLine["  types     ".Length..].Split(", ")[0];

    private static long PerRun(string entry) => long.Parse(entry[1..entry.IndexOf(' ', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
}
