using System.Runtime.CompilerServices;
using LifetimeAssert.HeapCensus.Tests.Plugins;

namespace LifetimeAssert.HeapCensus.Tests;

/// <summary>
/// Plugins in collectible contexts under a census (issue 19, part 4): once a leak report has named a plugin type, the
/// census must not be what keeps that plugin loaded, and an unload check must still tell a released plugin from one
/// whose object the host keeps.
/// </summary>
[Collection(CensusCollection.Name)]
public sealed class PluginUnloadTests : IDisposable
{
    private const string ContextType = "System.Runtime.Loader.AssemblyLoadContext";

    private static readonly List<object> Handlers = [];

    [Fact]
    public async Task A_plugin_named_by_a_leak_report_unloads_once_the_host_lets_go()
    {
        var reported = await ReportALeakOfPluginHandlers("reported-plugin");
        Handlers.Clear();

        Assert.True(Plugin.Unloaded(reported), "The plugin context whose type a leak report named never unloaded: something still uses its types.");
    }

    [Fact]
    public async Task Plugins_released_after_use_pass_an_unload_check_after_a_report_named_a_plugin_type()
    {
        var reported = await ReportALeakOfPluginHandlers("reported-plugin");
        Handlers.Clear();

        var report = await Checks.RunAsync(LoadUseAndUnload, o => o.Census(ContextType));

        Checks.AssertPassed(report);
        Assert.True(Plugin.Unloaded(reported));
    }

    [Fact]
    public async Task A_host_that_keeps_one_plugin_object_per_run_fails_the_unload_check()
    {
        var reported = await ReportALeakOfPluginHandlers("reported-plugin");
        Handlers.Clear();

        var report = await Checks.RunAsync(LoadKeepOneAndUnload, o => o.Census(ContextType));

        Checks.AssertLeaking(report, ContextType);
        Handlers.Clear();
        Assert.True(Plugin.Unloaded(reported));
    }

    public void Dispose() => Handlers.Clear();

    /// <summary>A leak of the plugin's own type, so that its report resolves and names it; returns the context, unloading.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> ReportALeakOfPluginHandlers(string contextName)
    {
        var plugin = Plugin.Load(contextName);
        var report = await Checks.RunAsync(() => Handlers.Add(plugin.NewHandler()), o => o.Census(PluginImage.HandlerType));

        var text = Checks.AssertLeaking(report, PluginImage.HandlerType);
        Checks.AssertHeldBy(text, "static PluginUnloadTests.Handlers (List<object>) -> object[] -> PluginHandler", atStart: true);
        return plugin.Unload();
    }

    private static void LoadUseAndUnload()
    {
        var plugin = Plugin.Load("per-run");
        GC.KeepAlive(plugin.NewHandler());
        plugin.Unload();
    }

    private static void LoadKeepOneAndUnload()
    {
        var plugin = Plugin.Load("per-run");
        Handlers.Add(plugin.NewHandler());
        plugin.Unload();
    }
}
