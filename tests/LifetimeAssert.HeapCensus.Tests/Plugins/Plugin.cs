using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace LifetimeAssert.HeapCensus.Tests.Plugins;

/// <summary>The plugin loaded into a new collectible context; the host keeps only what a test asks it to keep.</summary>
internal sealed class Plugin
{
    private readonly AssemblyLoadContext _context;
    private readonly Type _handlerType;

    private Plugin(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        _handlerType = assembly.GetType(PluginImage.HandlerType, throwOnError: true)!;
    }

    /// <summary>Loads the plugin into a new collectible context named <paramref name="name"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Plugin Load(string name)
    {
        var context = new AssemblyLoadContext(name, isCollectible: true);
        using var image = new MemoryStream(PluginImage.Bytes);
        return new Plugin(context, context.LoadFromStream(image));
    }

    public object NewHandler() => Activator.CreateInstance(_handlerType)!;

    public Action<object> TickDelegate() => _handlerType.GetMethod("Tick")!.CreateDelegate<Action<object>>();

    /// <summary>Starts unloading and returns a weak reference to the context, which is gone once it has unloaded.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public WeakReference Unload()
    {
        _context.Unload();
        return new WeakReference(_context);
    }

    /// <summary>Collects until the context is gone; a context whose types something still uses never goes.</summary>
    public static bool Unloaded(WeakReference context)
    {
        // Unloading takes several collections: the plugin's objects, then its loader allocator, then the context.
        for (var i = 0; i < 20 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return !context.IsAlive;
    }
}
