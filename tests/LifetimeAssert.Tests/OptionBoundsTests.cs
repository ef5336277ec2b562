namespace LifetimeAssert.Tests;

/// <summary>Every count option has an upper bound, refused before anything runs with the bound in the message (issue 19, part 6).</summary>
public sealed class OptionBoundsTests
{
    [Theory]
    [InlineData(1_000_000_001L)]
    [InlineData(long.MaxValue)]
    public void AllowedGrowth_above_its_bound_is_refused(long allowedGrowth) =>
        Assert.Equal(
            [$"AllowedGrowth is {allowedGrowth}; it must be at most 1000000000: an allowance larger than any growth checks nothing."],
            LeakErrors(o => o.Track<object>().AllowedGrowth(allowedGrowth)));

    [Fact]
    public void AllowedGrowth_at_its_bound_is_taken() =>
        Assert.Equal(1_000_000_000, new LeakOptionsBuilder().Track<object>().AllowedGrowth(1_000_000_000).Build().AllowedGrowth);

    [Theory]
    [InlineData(1_000_000_000_001L)]
    [InlineData(long.MaxValue)]
    public void MaxBytesPerRun_above_its_bound_is_refused(long budget) =>
        Assert.Equal(
            [$"MaxBytesPerRun is {budget}; it must be at most 1000000000000 (1 TB per run)."],
            Assert.Throws<LeakConfigurationException>(() => new AllocationOptionsBuilder().MaxBytesPerRun(budget).Build()).Errors);

    [Fact]
    public void More_than_a_hundred_tracked_types_are_refused()
    {
        var builder = new LeakOptionsBuilder();
        foreach (var type in ManyTypes(101))
        {
            builder.Track(type);
        }

        var error = Assert.Single(Assert.Throws<LeakConfigurationException>(builder.Build).Errors);
        Assert.StartsWith("Track has 101 entries; a check takes at most 100", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hundred_tracked_types_and_repeated_entries_are_taken()
    {
        var builder = new LeakOptionsBuilder();
        foreach (var type in ManyTypes(100))
        {
            builder.Track(type).Track(type);
        }

        Assert.Equal(100, builder.Build().TrackedTypes.Count);
    }

    [Fact]
    public void More_than_a_hundred_probes_are_refused()
    {
        var builder = new LeakOptionsBuilder();
        for (var i = 0; i <= 100; i++)
        {
            builder.Probe(Probe.Counter($"p{i}", () => 0));
        }

        Assert.StartsWith("Probes has 101 entries; a check takes at most 100", Assert.Single(Assert.Throws<LeakConfigurationException>(builder.Build).Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_a_hundred_census_names_are_refused_before_they_are_resolved()
    {
        var builder = new LeakOptionsBuilder();
        for (var i = 0; i <= 100; i++)
        {
            builder.Census($"Namespace{i}.*");
        }

        // Without the census package the missing package is a problem too; the count is refused either way.
        Assert.Contains(
            Assert.Throws<LeakConfigurationException>(builder.Build).Errors,
            e => e.StartsWith("Census has 101 entries; a check takes at most 100", StringComparison.Ordinal));
    }

    [Fact]
    public void The_bounds_are_the_documented_constants()
    {
        Assert.Equal(100_000, OptionRules.MaximumIterations);
        Assert.Equal(10_000, OptionRules.MaximumWarmup);
        Assert.Equal(1_000_000_000, OptionRules.MaximumAllowedGrowth);
        Assert.Equal(1_000_000_000_000, OptionRules.MaximumBytesPerRun);
        Assert.Equal(100, OptionRules.MaximumEntries);
    }

    [Theory]
    [InlineData(100_000, 1)]
    [InlineData(100_000, 2)]
    [InlineData(99_999, 33_333)]
    [InlineData(3, 1)]
    public void The_most_runs_any_valid_check_can_take_fit_an_int_with_room(int iterations, int sampleEvery)
    {
        var options = new LeakOptionsBuilder().Track<object>().Iterations(iterations).SampleEvery(sampleEvery).Warmup(OptionRules.MaximumWarmup).Build();

        var most = SamplingRules.From(options).MaximumRuns(options.Warmup);

        // Warm-up + Iterations + the extension (about 2x), re-sampling (at most 8x) and the confirmation (at most 8k).
        Assert.InRange(most, options.Warmup + iterations, 1_500_000);
    }

    [Fact]
    public void The_run_bound_is_computed_without_overflow_for_any_int_inputs() =>
        Assert.True(new SamplingRules(int.MaxValue, int.MaxValue, 0).MaximumRuns(int.MaxValue) > int.MaxValue);

    private static IReadOnlyList<string> LeakErrors(Action<LeakOptionsBuilder> configure)
    {
        var builder = new LeakOptionsBuilder();
        configure(builder);
        return Assert.Throws<LeakConfigurationException>(builder.Build).Errors;
    }

    /// <summary>Distinct reference types from the core library, enough for any count asked for.</summary>
    private static IEnumerable<Type> ManyTypes(int count) =>
        typeof(object).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false })
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Take(count);
}
