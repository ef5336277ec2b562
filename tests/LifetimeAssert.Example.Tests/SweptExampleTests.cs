namespace LifetimeAssert.Example.Tests;

/// <summary>
/// The README's first section: the example's repositories under an ordinary xUnit suite with <c>[assembly: LeakSweep]</c>
/// (examples/LifetimeAssert.SweptExample), run by the real runner. The test of the repository that never closes what it
/// prepares fails naming the type, the count and the method; the test of the fix passes.
/// </summary>
public sealed class SweptExampleTests
{
    private static XunitScenarioRun Run => XunitScenarioRun.For(
        ScenarioAssembly.PathRecordedIn(typeof(SweptExampleTests).Assembly),
        [],
        new Dictionary<string, string?>
        {
            // The level is the attribute's (dispose), never the machine's.
            ["LIFETIMEASSERT_SWEEP"] = null,
            ["LIFETIMEASSERT_SWEEP_BASELINE"] = null,
            ["GITHUB_STEP_SUMMARY"] = null,
            ["LIFETIMEASSERT_RESULTS"] = Path.Combine(Path.GetTempPath(), "lifetimeassert-swept-example", Guid.NewGuid().ToString("N")),
        });

    [Fact]
    public async Task The_ordinary_test_of_the_unclosed_repository_fails_naming_the_command_and_its_method()
    {
        var result = await Run.SingleAsync("OrderRepositoryTests.Unclosed_FindById_returns_the_order");

        Assert.Equal("Fail", result.Outcome);
        Assert.Equal("LifetimeAssert.LeakSweepException", result.ExceptionType);
        Assert.Contains(
            "LeakSweep (dispose): OrderRepositoryTests.Unclosed_FindById_returns_the_order left 1 object behind",
            result.Message,
            StringComparison.Ordinal);
        Assert.Matches(
            @"1 DbCommand created at UnclosedOrderRepository\.FindById\(int\) in OrderRepositories\.cs:\d+, called from OrderRepositoryTests\.Unclosed_FindById_returns_the_order\(\) in OrderRepositoryTests\.cs:\d+, never disposed",
            result.Message);
    }

    [Fact]
    public async Task The_ordinary_test_of_the_fixed_repository_passes()
    {
        var result = await Run.SingleAsync("OrderRepositoryTests.FindById_returns_the_order");

        Assert.True(result.Outcome == "Pass", result.Message);
    }
}
