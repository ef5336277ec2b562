using System.Runtime.CompilerServices;
using LifetimeAssert.Extensibility.Hooks;

namespace LifetimeAssert.Extensibility.Tests;

/// <summary>
/// A hook in another assembly registers what it creates after an await through
/// <see cref="LifetimeTracker.CaptureRegistration{T}"/>: leaks are counted for the check that called it, and their
/// creation site names this test code, not the hook (its assembly is a <see cref="LifetimeAssertComponentAttribute"/>).
/// </summary>
public sealed class RegistrationHookTests : IDisposable
{
    private readonly ChannelClient _client = new();
    private readonly List<Channel> _kept = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_kept_channel_leaks_with_the_test_as_its_creation_site()
    {
        var report = await Leak.CheckAsync(KeepAsync, o => o.Track<Channel>(), Ct);

        Assert.True(report.Verdict == LeakVerdict.Leaking, report.ToString());
        var site = Assert.Single(report.Leaks).CreationSites[0].Site;
        Assert.Equal("RegistrationHookTests.KeepAsync", site.Method);
        Assert.EndsWith("RegistrationHookTests.cs", site.File, StringComparison.Ordinal);
        Assert.Contains("created at RegistrationHookTests.KeepAsync in RegistrationHookTests.cs:", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_dropped_without_dispose_leaks_although_it_was_collected()
    {
        var report = await Leak.CheckAsync(DropAsync, o => o.Track<Channel>(), Ct);

        Assert.True(report.Verdict == LeakVerdict.Leaking, report.ToString());
        Assert.Contains("collected without being disposed", Assert.Single(report.Leaks).Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_disposed_after_use_passes()
    {
        var report = await Leak.CheckAsync(UseAndCloseAsync, o => o.Track<Channel>(), Ct);

        Assert.True(report.Verdict == LeakVerdict.Passed, report.ToString());
        Assert.Equal(ProbeOutcome.Flat, Assert.Single(report.Probes, p => p.Name == nameof(Channel)).Outcome);
    }

    public void Dispose() => _kept.ForEach(c => c.Dispose());

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task KeepAsync() => _kept.Add(await _client.OpenAsync("orders"));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task DropAsync() => GC.KeepAlive(await _client.OpenAsync("orders"));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task UseAndCloseAsync()
    {
        using var channel = await _client.OpenAsync("orders");
        Assert.Equal("orders", channel.Name);
    }
}
