using System.Runtime.CompilerServices;
using LifetimeAssert.Extensibility.Hooks;

namespace LifetimeAssert.Extensibility.Tests;

/// <summary>A probe from another assembly that implements <see cref="IDetailedProbe"/>: its lines appear under its leak.</summary>
public sealed class DetailedProbeTests : IDisposable
{
    private readonly ChannelClient _client = new();
    private readonly List<Channel> _kept = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Channels_kept_open_leak_and_the_probe_says_which()
    {
        var report = await Leak.CheckAsync(KeepOpenAsync, o => o.Probe(new OpenChannelsProbe(_client)), Ct);

        Assert.True(report.Verdict == LeakVerdict.Leaking, report.ToString());
        var leak = Assert.Single(report.Leaks);
        Assert.Equal("open channels", leak.Name);
        Assert.Equal([$"open: orders x{_kept.Count}"], leak.Details);
        Assert.Contains($"    open: orders x{_kept.Count}", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channels_disposed_after_use_pass_without_details()
    {
        var report = await Leak.CheckAsync(UseAndCloseAsync, o => o.Probe(new OpenChannelsProbe(_client)), Ct);

        Assert.True(report.Verdict == LeakVerdict.Passed, report.ToString());
        var probe = Assert.Single(report.Probes, p => p.Name == "open channels");
        Assert.Equal(ProbeOutcome.Flat, probe.Outcome);
        Assert.Empty(probe.Details);
        Assert.Equal(0, _client.OpenCount);
    }

    public void Dispose() => _kept.ForEach(c => c.Dispose());

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task KeepOpenAsync() => _kept.Add(await _client.OpenAsync("orders"));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task UseAndCloseAsync()
    {
        using var channel = await _client.OpenAsync("orders");
        Assert.Equal("orders", channel.Name);
    }
}
