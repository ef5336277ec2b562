using FluentAssertions;
using LifetimeAssert.Scenarios;

namespace LifetimeAssert.FluentAssertions.Tests;

/// <summary>
/// Functions that return a <see cref="ValueTask"/>: FluentAssertions takes them as plain functions, so the check must
/// await each run itself. The leaking twins keep their session only after an await, which a check that ran the body
/// without awaiting it would not see.
/// </summary>
public sealed class ValueTaskTests
{
    private readonly Repository _repository = new();

    [Fact]
    public async Task A_clean_value_task_function_passes()
    {
        Func<ValueTask> flush = _repository.FlushAsync;
        await flush.Should().NotLeakAsync<Session>();
        await flush.Should().NotLeakAsync(o => o.Track<Session>());
        await _repository.Invoking(r => r.FlushAsync()).Should().NotLeakAsync<Session>();
    }

    [Fact]
    public async Task A_value_task_function_that_leaks_after_an_await_fails_with_the_report()
    {
        Func<ValueTask> flush = _repository.FlushAndKeepAsync;
        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => flush.Should().NotLeakAsync<Session>());
        Assert.StartsWith("Expected ", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("not to leak, but AssertNoLeak: 1 leak in ValueTaskTests.A_value_task_function_that_leaks_after_an_await_fails_with_the_report", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("created at Repository.FlushAndKeepAsync in ", thrown.Message, StringComparison.Ordinal);

        var configured = await Assert.ThrowsAnyAsync<Exception>(() => flush.Should().NotLeakAsync(o => o.Track<Session>(), "flushes {0}", "release"));
        Assert.Contains("not to leak because flushes release, but AssertNoLeak: 1 leak in ", configured.Message, StringComparison.Ordinal);

        var invoked = await Assert.ThrowsAnyAsync<Exception>(() => _repository.Invoking(r => r.FlushAndKeepAsync()).Should().NotLeakAsync<Session>());
        Assert.Contains("not to leak, but AssertNoLeak: 1 leak in ", invoked.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_task_function_with_a_result_is_checked_the_same_way()
    {
        Func<ValueTask<string>> count = _repository.CountAsync;
        await count.Should().NotLeakAsync(o => o.Track<Session>());

        Func<ValueTask<string>> countAndKeep = _repository.CountAndKeepAsync;
        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => countAndKeep.Should().NotLeakAsync(o => o.Track<Session>()));
        Assert.Contains("not to leak, but AssertNoLeak: 1 leak in ", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("created at Repository.CountAndKeepAsync in ", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Awaiting_a_value_task_method_is_checked_too() =>
        await Assert.ThrowsAnyAsync<Exception>(() => _repository.Awaiting(r => r.FlushAndKeepAsync()).Should().NotLeakAsync<Session>());

    [Fact]
    public async Task Invalid_options_fault_the_returned_task()
    {
        Func<ValueTask> flush = _repository.FlushAsync;
        var thrown = await Assert.ThrowsAsync<LeakConfigurationException>(() => flush.Should().NotLeakAsync<Session>(o => o.Iterations(0)));
        Assert.Contains("Iterations is 0", thrown.Message, StringComparison.Ordinal);
    }
}
