namespace LifetimeAssert.Tests;

/// <summary>Bad input is refused before anything runs, with every problem and what to change.</summary>
public sealed class OptionsValidationTests
{
    private static int _runs;

    [Theory]
    [InlineData(0, "Iterations is 0; it must be between 1 and 100000.")]
    [InlineData(-5, "Iterations is -5; it must be between 1 and 100000.")]
    public void Non_positive_iterations_are_refused(int iterations, string expected)
    {
        var error = Assert.Throws<LeakConfigurationException>(() => Build(o => o.Iterations(iterations)));
        Assert.Equal([expected], error.Errors);
    }

    [Fact]
    public void Negative_warmup_is_refused() =>
        Assert.Equal(["Warmup is -1; it must be between 0 and 10000."], Errors(o => o.Warmup(-1)));

    [Fact]
    public void Iterations_must_fill_whole_samples() =>
        Assert.Equal(["Iterations (30) must be a multiple of SampleEvery (4): use 28 or 32."], Errors(o => o.Iterations(30).SampleEvery(4)));

    [Fact]
    public void Too_few_samples_are_refused() =>
        Assert.Equal(
            ["Iterations (4) with SampleEvery (2) gives 2 sample(s); at least 3 are needed: use Iterations = 6 or more."],
            Errors(o => o.Iterations(4)));

    [Fact]
    public void Value_types_open_generics_and_static_classes_cannot_be_tracked()
    {
        var errors = Errors(o => o.Track(typeof(int)).Track(typeof(List<>)).Track(typeof(Math)));
        Assert.Equal(3, errors.Count);
        Assert.StartsWith("Track<Int32>: Int32 is a value type", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("Track<List`1>: open generic types cannot be tracked", errors[1], StringComparison.Ordinal);
        Assert.Equal("Track<Math>: Math is a static class and has no instances.", errors[2]);
    }

    [Fact]
    public void Nothing_to_check_is_refused()
    {
        var error = Assert.Throws<LeakConfigurationException>(() => new LeakOptionsBuilder().Build());
        Assert.StartsWith("Invalid leak check options: Nothing is checked: track a type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var error = Assert.Throws<LeakConfigurationException>(() => Build(o => o.Iterations(0).Warmup(-2).SampleEvery(0).AllowedGrowth(-1)));
        Assert.Equal(4, error.Errors.Count);
        Assert.Equal(
            "Invalid leak check options:" + string.Concat(error.Errors.Select(e => Environment.NewLine + "  - " + e)),
            error.Message);
    }

    [Fact]
    public void Probe_names_must_be_unique() =>
        Assert.Equal(
            ["Two probes are named \"x\"; give each probe a unique name."],
            Errors(o => o.Probe(Probe.Counter("x", () => 0)).Probe(Probe.Counter("x", () => 1))));

    [Fact]
    public void Census_without_its_package_names_the_package()
    {
        var errors = Errors(o => o.Census("Npgsql.PreparedStatement"));
        Assert.Contains("LifetimeAssert.HeapCensus", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_options_run_nothing()
    {
        var before = Volatile.Read(ref _runs);
        await Assert.ThrowsAsync<LeakConfigurationException>(() => Leak.CheckAsync(() => Interlocked.Increment(ref _runs), o => o.Iterations(0), TestContext.Current.CancellationToken));
        Assert.Equal(before, Volatile.Read(ref _runs));
    }

    [Fact]
    public async Task A_null_body_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Leak.CheckAsync((Action)null!, o => o.Track<object>(), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Leak.CheckAsync((Func<Task>)null!, o => o.Track<object>(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Defaults_are_documented_values()
    {
        var options = Build(_ => { });
        Assert.Equal((12, 3, 2, 6), (options.Iterations, options.Warmup, options.SampleEvery, options.Samples));
    }

    private static LeakOptions Build(Action<LeakOptionsBuilder> configure)
    {
        var builder = new LeakOptionsBuilder().Track<object>();
        configure(builder);
        return builder.Build();
    }

    private static IReadOnlyList<string> Errors(Action<LeakOptionsBuilder> configure) =>
        Assert.Throws<LeakConfigurationException>(() => Build(configure)).Errors;
}
