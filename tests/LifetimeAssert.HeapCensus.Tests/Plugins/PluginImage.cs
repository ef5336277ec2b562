using System.Reflection;
using System.Reflection.Emit;

namespace LifetimeAssert.HeapCensus.Tests.Plugins;

/// <summary>
/// A plugin assembly emitted once and saved to bytes, so each test loads it into a collectible context of its own
/// (no project to build, no file to copy): <c>Plugins.PluginHandler</c>, a class with a parameterless constructor and
/// a static <c>Tick(object)</c> for delegates into the plugin.
/// </summary>
internal static class PluginImage
{
    public const string HandlerType = "Plugins.PluginHandler";

    private static readonly Lazy<byte[]> Image = new(Emit);

    public static byte[] Bytes => Image.Value;

    private static byte[] Emit()
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName("LifetimeAssert.TestPlugin"), typeof(object).Assembly);
        var module = assembly.DefineDynamicModule("LifetimeAssert.TestPlugin");
        var handler = module.DefineType(HandlerType, TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Sealed);
        handler.DefineField("_payload", typeof(byte[]), FieldAttributes.Private);
        handler.DefineDefaultConstructor(MethodAttributes.Public);
        var tick = handler.DefineMethod("Tick", MethodAttributes.Public | MethodAttributes.Static, typeof(void), [typeof(object)]);
        tick.GetILGenerator().Emit(OpCodes.Ret);
        handler.CreateType();
        using var stream = new MemoryStream();
        assembly.Save(stream);
        return stream.ToArray();
    }
}
