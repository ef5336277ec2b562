using FluentAssertions;
using LifetimeAssert.Scenarios;

namespace LifetimeAssert.FluentAssertions.Tests;

/// <summary>The forms users type, as in the design's example: Invoking/Awaiting, a tracked type, reports.</summary>
public sealed class ApiShapeTests
{
    private readonly Repository _repository = new();

    [Fact]
    public void Invoking_a_clean_action_passes_and_chains() =>
        _repository.Invoking(r => r.Save()).Should().NotLeak<Session>().And.NotThrow();

    [Fact]
    public void Invoking_a_leaking_action_fails_with_the_report()
    {
        var thrown = Assert.ThrowsAny<Exception>(() => _repository.Invoking(r => r.SaveAndKeep()).Should().NotLeak<Session>());
        Assert.StartsWith("Expected ", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("not to leak, but AssertNoLeak: 1 leak in ApiShapeTests.Invoking_a_leaking_action_fails_with_the_report", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("created at Repository.SaveAndKeep()", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Because_is_part_of_the_message()
    {
        var thrown = Assert.ThrowsAny<Exception>(() =>
            _repository.Invoking(r => r.SaveAndKeep()).Should().NotLeak<Session>(o => o.Name("Save"), "sessions are {0}", "pooled"));
        Assert.Contains("not to leak because sessions are pooled, but AssertNoLeak: 1 leak in Save ", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Awaiting_a_clean_function_passes()
    {
        await _repository.Awaiting(r => r.FindAsync()).Should().NotLeakAsync<Session>();
        await _repository.Awaiting(r => r.LoadAsync()).Should().NotLeakAsync(o => o.Track<Session>());
    }

    [Fact]
    public async Task Awaiting_a_leaking_function_fails_with_the_report()
    {
        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => _repository.Awaiting(r => r.FindAndKeepAsync()).Should().NotLeakAsync<Session>());
        Assert.Contains("not to leak, but AssertNoLeak: 1 leak in ", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("Session", thrown.Message, StringComparison.Ordinal);

        var generic = await Assert.ThrowsAnyAsync<Exception>(() => _repository.Awaiting(r => r.LoadAndKeepAsync()).Should().NotLeakAsync(o => o.Track<Session>()));
        Assert.Contains("not to leak, but AssertNoLeak: 1 leak in ", generic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_throw_the_configuration_error()
    {
        var thrown = Assert.Throws<LeakConfigurationException>(() =>
            _repository.Invoking(r => r.Save()).Should().NotLeak<Session>(o => o.Iterations(0)));
        Assert.Contains("Iterations is 0", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_passing_report_has_no_leaks()
    {
        var report = await Leak.CheckAsync(Code.StaticList.Clean, o => o.Track<Session>(), TestContext.Current.CancellationToken);
        report.Should().HaveNoLeaks().And.NotBeNull();
    }

    [Fact]
    public async Task A_leaking_report_fails_with_its_text()
    {
        var report = await Leak.CheckAsync(Code.StaticList.Leaking, o => o.Track<Session>().Name("Kept sessions {0} {{x}}"), TestContext.Current.CancellationToken);
        var thrown = Assert.ThrowsAny<Exception>(() => report.Should().HaveNoLeaks("we {0} them", "dispose"));
        Assert.StartsWith("Expected report to have no leaks because we dispose them, but AssertNoLeak: 1 leak in Kept sessions {0} {{x}} ", thrown.Message, StringComparison.Ordinal);
        Assert.Contains(report.ToString(), thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_report_fails()
    {
        LeakReport? report = null;
        var thrown = Assert.ThrowsAny<Exception>(() => report!.Should().HaveNoLeaks());
        Assert.Contains("to have no leaks, but it was <null>.", thrown.Message, StringComparison.Ordinal);
    }
}
