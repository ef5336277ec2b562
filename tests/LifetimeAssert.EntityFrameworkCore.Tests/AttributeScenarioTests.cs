using LifetimeAssert.Testing.Runner;

namespace LifetimeAssert.EntityFrameworkCore.Tests;

/// <summary>
/// The real xUnit v3 runner executes the EF scenario assembly: under <c>[AssertNoLeak(Track = [typeof(DbContext)])]</c>
/// a context never disposed fails naming DbContext and the scenario's method, and its disposed twin passes having counted
/// contexts.
/// </summary>
public sealed class AttributeScenarioTests
{
    private static XunitScenarioRun Run => XunitScenarioRun.For(ScenarioAssembly.PathRecordedIn(typeof(AttributeScenarioTests).Assembly));

    [Fact]
    public async Task A_context_never_disposed_fails_the_attributed_test()
    {
        var result = await Run.SingleAsync("OrderScenarios.CountOrders_Leaking");

        Assert.True(result.Outcome == "Fail", $"{result.Name} should fail but: {result.Outcome}\n{result.Output}");
        Assert.Equal("LifetimeAssert.LeakDetectedException", result.ExceptionType);
        Assert.Contains("AssertNoLeak: 1 leak in", result.Message, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s+DbContext +grew \[", result.Message);
        Assert.Contains("OrderScenarios.CountOrders_Leaking", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disposed_context_passes_the_attributed_test()
    {
        var result = await Run.SingleAsync("OrderScenarios.CountOrders_Clean");

        Assert.True(result.Outcome == "Pass", $"{result.Name} should pass but: {result.Message}");
        Assert.Contains("AssertNoLeak: no leak in", result.Output, StringComparison.Ordinal);
        Assert.Contains("flat: DbContext [", result.Output, StringComparison.Ordinal);
    }
}
