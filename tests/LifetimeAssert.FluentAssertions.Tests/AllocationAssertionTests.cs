using FluentAssertions;
using LifetimeAssert.Scenarios;

namespace LifetimeAssert.FluentAssertions.Tests;

/// <summary>
/// NotAllocateMoreThan / NotAllocateMoreThanAsync: over and under budget, with the report in the failure. The async bodies
/// yield, so they are measured process-wide: the class runs alone.
/// </summary>
[Collection(nameof(ProcessWide))]
public sealed class AllocationAssertionTests
{
    [Fact]
    public void An_action_within_budget_passes()
    {
        Action parse = () => Allocating.Bytes(512);
        parse.Should().NotAllocateMoreThan(4096).And.NotThrow();
    }

    [Fact]
    public void An_action_over_budget_fails_with_the_report()
    {
        Action parse = () => Allocating.Bytes(8192);

        var thrown = Assert.ThrowsAny<Exception>(() => parse.Should().NotAllocateMoreThan(4096, because: "parsing is on the hot path"));

        Assert.StartsWith("Expected action not to allocate more than 4096 bytes per run because parsing is on the hot path, but AssertAllocations: over budget in AllocationAssertionTests.An_action_over_budget_fails_with_the_report: median 8216 B per run > budget 4096 B", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("[8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216, 8216] B", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_async_function_within_budget_passes()
    {
        Func<Task> send = () => Allocating.BytesAfterYieldAsync(16);
        await send.Should().NotAllocateMoreThanAsync(4096, o => o.RunsAlone());
    }

    [Fact]
    public async Task An_async_function_over_budget_fails_with_the_report()
    {
        var thrown = await Assert.ThrowsAnyAsync<Exception>(() =>
            this.Awaiting(_ => Allocating.BytesAfterYieldAsync(8192)).Should().NotAllocateMoreThanAsync(4096, o => o.Iterations(5).RunsAlone()));

        Assert.Contains("not to allocate more than 4096 bytes per run, but AssertAllocations: over budget in AllocationAssertionTests.An_async_function_over_budget_fails_with_the_report", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("process-wide", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_budget_is_refused_before_running()
    {
        var runs = 0;
        Action body = () => runs++;

        var thrown = Assert.Throws<LeakConfigurationException>(() => body.Should().NotAllocateMoreThan(0));

        Assert.Equal(0, runs);
        Assert.Equal(["MaxBytesPerRun is 0; it must be 1 or more (bytes allocated per run)."], thrown.Errors);
    }
}
