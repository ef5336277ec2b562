namespace LifetimeAssert.Analyzers.Tests;

/// <summary>The values LA0004 hands its code fix, which the diagnostics tests see only through the fixed code.</summary>
public sealed class SamplingRulesTests
{
    [Theory]
    [InlineData(30, 4, 32, 28)]
    [InlineData(13, 2, 14, 12)]
    [InlineData(10, 4, 12, null)]
    [InlineData(5, 2, 6, null)]
    public void Offers_the_next_multiple_and_the_previous_one_when_it_gives_enough_samples(int iterations, int sampleEvery, int upper, int? lower)
    {
        var problem = Assert.Single(SamplingRules.Check(iterations, sampleEvery));

        Assert.Equal(upper, problem.UpperIterations);
        Assert.Equal(lower, problem.LowerIterations);
    }

    [Fact]
    public void Offers_no_fix_for_a_count_or_a_sample_count_that_is_only_too_small()
    {
        Assert.All(SamplingRules.Check(8, 4).Concat(SamplingRules.Check(0, 2)).Concat(SamplingRules.Check(12, 0)), problem =>
        {
            Assert.Null(problem.UpperIterations);
            Assert.Null(problem.LowerIterations);
        });
    }

    [Fact]
    public void An_out_of_range_value_gets_its_bound_and_no_overflowed_suggestion()
    {
        var tooMany = Assert.Single(SamplingRules.Check(int.MaxValue, 2));
        var tooSparse = Assert.Single(SamplingRules.Check(12, int.MaxValue));

        Assert.Equal("Iterations is 2147483647; it must be between 1 and 100000.", tooMany.Message);
        Assert.Equal("SampleEvery is 2147483647; it must be at most 33333, so that 3 samples fit within 100000 iterations.", tooSparse.Message);
        Assert.All([tooMany, tooSparse], problem => Assert.Null(problem.UpperIterations ?? problem.LowerIterations));
    }
}
