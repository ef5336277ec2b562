namespace LifetimeAssert.Tests.Allocations;

/// <summary>
/// The <c>types</c> line of an allocation report over budget (docs/report-format.md): without the HeapCensus package it
/// says which package samples the types; with it, the sampled estimates or why there are none. Never on a passing report.
/// </summary>
public sealed class AllocationTypesLineTests
{
    // The array escapes through it: an unused one may be removed by the JIT's escape analysis (fully optimized code).
    private static byte[]? Kept { get; set; }

    [Fact]
    public async Task Over_budget_without_the_census_package_the_report_says_which_package_samples_the_types()
    {
        var runs = 0;
        var report = await Leak.CheckAllocationsAsync(() => { runs++; Kept = new byte[8192]; }, o => o.MaxBytesPerRun(4096).Name("Build"), TestContext.Current.CancellationToken);

        var lines = report.ToString().Split(Environment.NewLine);
        Assert.Equal(4, lines.Length);
        Assert.Equal("  types     add the LifetimeAssert.HeapCensus package to see the top allocating types", lines[3]);
        Assert.Equal(15, runs);   // no extra runs without a sampler
    }

    [Fact]
    public async Task Within_budget_the_report_has_no_types_line()
    {
        var report = await Leak.CheckAllocationsAsync(static () => { }, o => o.MaxBytesPerRun(4096), TestContext.Current.CancellationToken);

        Assert.DoesNotContain("  types ", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sampled_types_are_the_top_five_by_bytes_per_extra_run()
    {
        var sampled = new Dictionary<string, long>
        {
            ["System.Byte[]"] = 20_480_000,
            ["System.String"] = 204_800,
            ["System.Char[]"] = 102_400,
            ["System.Int32[]"] = 102_400,
            ["System.Object"] = 102_400,
            ["System.Text.StringBuilder"] = 102_400,
        };

        Assert.Equal(
            "~65222 B/run System.Byte[], ~652 B/run System.String, ~326 B/run System.Char[], ~326 B/run System.Int32[], ~326 B/run System.Object   (sampled: one GC allocation event per ~100 KB, over 314 extra runs; estimates)",
            TopTypesText.Describe(sampled, 314, 21_000_000));
    }

    [Fact]
    public void A_body_allocating_less_than_the_sampling_interval_gets_no_figures()
    {
        var sampled = new Dictionary<string, long> { ["System.Byte[]"] = 102_400 };

        Assert.Equal(
            "not sampled: the body allocated 40000 B over 10000 runs, below the sampling interval",
            TopTypesText.Describe(sampled, 10_000, 40_000));
    }

    [Fact]
    public void No_event_over_enough_allocation_is_said_as_such()
    {
        Assert.Equal(
            "not sampled: no GC allocation event arrived over 2500 runs (20540000 B allocated)",
            TopTypesText.Describe(new Dictionary<string, long>(), 2500, 20_540_000));
    }
}
