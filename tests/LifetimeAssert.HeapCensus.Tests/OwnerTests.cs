using LifetimeAssert.HeapCensus.Tests.Plugins;
using static LifetimeAssert.HeapCensus.Tests.OwnerScenarios;

namespace LifetimeAssert.HeapCensus.Tests;

/// <summary>
/// Issue 20: a leak of a resource the runtime holds (a running thread, an active timer, a GC handle, a context that
/// cannot unload) names its owner, and the clean twin of each passes.
/// </summary>
[Collection(CensusCollection.Name)]
public sealed class OwnerTests : IDisposable
{
    private static readonly List<object> PluginObjects = [];

    [Fact]
    public async Task Threads_left_running_name_their_name_and_start_method()
    {
        var report = await Checks.RunAsync(QuoteFeed.StartOne, o => o.Census("System.Threading.Thread"));

        var text = Checks.AssertLeaking(report, "System.Threading.Thread");
        Checks.AssertHeldBy(text, "[strong handle of a running thread] (Thread)   (", atStart: true);

        // Every poller started is still running: the largest group, whatever else the test host runs. Start methods are
        // matched to threads by the name Linux keeps.
        var started = OperatingSystem.IsLinux() ? @", running OwnerScenarios\.QuoteFeed\.Poll" : ", start method unknown [^;]+";
        Checks.AssertLine(text, $@"      threads: 'Quote feed poller' x{report.TotalRuns}{started}(; .+)?");
    }

    [Fact]
    public async Task Threads_that_end_within_the_run_pass()
    {
        var report = await Checks.RunAsync(QuoteFeed.RunOnce, o => o.Census("System.Threading.Thread"));

        Checks.AssertPassed(report);
    }

    [Fact]
    public async Task Undisposed_timers_name_their_callbacks()
    {
        var report = await Checks.RunAsync(PriceRefresher.StartAndForget, o => o.Judge(ProcessProbes.Timers));

        var text = Checks.AssertLeaking(report, "timers");

        // Timers started after the baseline (the warm-up's are in it), each calling back into its refresher.
        Checks.AssertLine(text, $@"    OwnerScenarios\.PriceRefresher\.<\.ctor>b__\d+_\d+ \(target OwnerScenarios\.PriceRefresher\) x{report.TotalRuns - report.WarmupRuns}, due every 5 min");
    }

    [Fact]
    public async Task Undisposed_timers_counted_by_census_name_their_callbacks()
    {
        var report = await Checks.RunAsync(PriceRefresher.StartAndForget, o => o.Census("System.Threading.TimerQueueTimer"));

        var text = Checks.AssertLeaking(report, "System.Threading.TimerQueueTimer");
        Checks.AssertLine(text, $@"    OwnerScenarios\.PriceRefresher\.<\.ctor>b__\d+_\d+ \(target OwnerScenarios\.PriceRefresher\) x{report.TotalRuns - report.WarmupRuns}, due every 5 min");

        // Nothing of the user's holds the timers: the runtime's queue of active timers does, as one linked list per queue.
        Checks.AssertHeldBy(text, "static TimerQueue.Instances (TimerQueue[]) -> TimerQueue -> TimerQueueTimer", atStart: true);
    }

    [Fact]
    public async Task Disposed_timers_pass()
    {
        var report = await Checks.RunAsync(PriceRefresher.StartAndDispose, o => o.Judge(ProcessProbes.Timers));

        Checks.AssertPassed(report);
    }

    [Fact]
    public async Task Objects_kept_by_a_forgotten_GC_handle_name_the_handle()
    {
        var report = await Checks.RunAsync(NativeSession.HandOutAndForget, o => o.Census(typeof(NativeSession).FullName!));

        var text = Checks.AssertLeaking(report, typeof(NativeSession).FullName!);
        Checks.AssertHeldBy(text, "[strong GCHandle, not freed] (OwnerScenarios.NativeSession)   (", atStart: true);
    }

    [Fact]
    public async Task Objects_whose_GC_handle_is_freed_pass()
    {
        var report = await Checks.RunAsync(NativeSession.HandOutAndFree, o => o.Census(typeof(NativeSession).FullName!));

        Checks.AssertPassed(report);
    }

    [Fact]
    public async Task Objects_kept_by_a_forgotten_pinned_handle_name_the_handle()
    {
        var report = await Checks.RunAsync(PinnedFrame.PinAndForget, o => o.Census(typeof(PinnedFrame).FullName!));

        var text = Checks.AssertLeaking(report, typeof(PinnedFrame).FullName!);
        Checks.AssertHeldBy(text, "[pinned GCHandle, not freed] (OwnerScenarios.PinnedFrame)   (", atStart: true);
    }

    [Fact]
    public async Task Objects_whose_pinned_handle_is_freed_pass()
    {
        var report = await Checks.RunAsync(PinnedFrame.PinAndFree, o => o.Census(typeof(PinnedFrame).FullName!));

        Checks.AssertPassed(report);
    }

    [Fact]
    public async Task A_context_that_cannot_unload_names_what_holds_it()
    {
        var report = await Checks.RunAsync(LoadKeepOneAndUnload, o => o.Census("System.Runtime.Loader.AssemblyLoadContext"));

        var text = Checks.AssertLeaking(report, "System.Runtime.Loader.AssemblyLoadContext");
        Checks.AssertHeldBy(text, "[strong handle of AssemblyLoadContext 'storefront-plugin', unloading] (AssemblyLoadContext)", atStart: true);
        Checks.AssertOwnerLine(text, $"cannot unload: PluginHandler (from context 'storefront-plugin') x{report.TotalRuns} held by static OwnerTests.PluginObjects (List<object>) -> object[]");
    }

    [Fact]
    public async Task A_context_kept_by_delegates_into_it_names_the_delegates()
    {
        var report = await Checks.RunAsync(LoadKeepADelegateAndUnload, o => o.Census("System.Runtime.Loader.AssemblyLoadContext"));

        var text = Checks.AssertLeaking(report, "System.Runtime.Loader.AssemblyLoadContext");
        Checks.AssertOwnerLine(text, $"cannot unload: Action<object> (a delegate into context 'storefront-plugin') x{report.TotalRuns} held by static OwnerTests.PluginObjects (List<object>) -> object[]");
    }

    [Fact]
    public async Task Contexts_whose_plugin_is_released_pass()
    {
        var report = await Checks.RunAsync(LoadUseAndUnload, o => o.Census("System.Runtime.Loader.AssemblyLoadContext"));

        Checks.AssertPassed(report);
    }

    public void Dispose()
    {
        QuoteFeed.StopEverything();
        PriceRefresher.DisposeForgotten();
        NativeSession.FreeForgotten();
        PinnedFrame.FreeForgotten();
        PluginObjects.Clear();
    }

    private static void LoadUseAndUnload()
    {
        var plugin = Plugin.Load("storefront-plugin");
        plugin.TickDelegate()(plugin.NewHandler());
        plugin.Unload();
    }

    private static void LoadKeepADelegateAndUnload()
    {
        var plugin = Plugin.Load("storefront-plugin");
        PluginObjects.Add(plugin.TickDelegate());
        plugin.Unload();
    }

    private static void LoadKeepOneAndUnload()
    {
        var plugin = Plugin.Load("storefront-plugin");
        PluginObjects.Add(plugin.NewHandler());
        plugin.Unload();
    }
}
