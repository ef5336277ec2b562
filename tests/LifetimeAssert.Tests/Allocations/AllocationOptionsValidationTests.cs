namespace LifetimeAssert.Tests.Allocations;

/// <summary>Allocation-check options are refused before anything runs, with every problem and what to change.</summary>
public sealed class AllocationOptionsValidationTests
{
    [Fact]
    public void A_missing_budget_is_refused() =>
        Assert.Equal(["MaxBytesPerRun is not set; set the budget in bytes per run, for example MaxBytesPerRun = 4096."], Errors(_ => { }));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_budget_below_one_byte_is_refused(long budget) =>
        Assert.Equal([$"MaxBytesPerRun is {budget}; it must be 1 or more (bytes allocated per run)."], Errors(o => o.MaxBytesPerRun(budget)));

    [Fact]
    public void Every_problem_is_listed_in_one_message()
    {
        var runs = 0;
        var error = Assert.Throws<LeakConfigurationException>(() => Leak.CheckAllocations(() => runs++, o => o.MaxBytesPerRun(0).Iterations(0).Warmup(-1)));

        Assert.Equal(0, runs);
        Assert.Equal(
            [
                "MaxBytesPerRun is 0; it must be 1 or more (bytes allocated per run).",
                "Iterations is 0; it must be between 1 and 100000.",
                "Warmup is -1; it must be between 0 and 10000.",
            ],
            error.Errors);
        Assert.StartsWith("Invalid allocation check options:" + Environment.NewLine + "  - MaxBytesPerRun is 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Built_options_are_frozen()
    {
        var builder = new AllocationOptionsBuilder().MaxBytesPerRun(10);
        var options = builder.Build();
        builder.MaxBytesPerRun(20).Iterations(3);

        Assert.Equal(10, options.MaxBytesPerRun);
        Assert.Equal(AllocationOptions.DefaultIterations, options.Iterations);
    }

    private static IReadOnlyList<string> Errors(Action<AllocationOptionsBuilder> configure)
    {
        var builder = new AllocationOptionsBuilder();
        configure(builder);
        return Assert.Throws<LeakConfigurationException>(() => builder.Build()).Errors;
    }
}
