using System.Reflection;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Renders a retention path as one line: <c>static Program.Cache (Dictionary&lt;int, Session&gt;) -&gt;
/// Dictionary&lt;int, Session&gt;.Entry[] -&gt; Session</c>. A long chain keeps its root and its tail from the last
/// holder of the user's own code (the singleton store, not the framework's collections inside it) around "...".
/// </summary>
internal static class RetentionPathText
{
    private const int MaxShown = 10;
    private const int KeptAtStart = 3;
    private const int MinKeptAtEnd = 4;
    private const int MaxKeptAtEnd = 8;

    public static string Render(HeapGraph graph, RetentionPath path)
    {
        var types = path.Nodes.Select(n => HeapTypes.Resolve(graph.TypeIds[n])).ToList();
        var names = path.Nodes.Select(n => TypeName(graph.TypeIds[n])).ToList();
        var parts = new List<string> { $"{Describe(path.Root)} ({names[0]})" };
        parts.AddRange(names.Skip(1));
        if (parts.Count > MaxShown)
        {
            var lastOwner = types.FindLastIndex(types.Count - 2, t => t is not null && IsUserType(t));
            var keptAtEnd = Math.Clamp(lastOwner < 0 ? MinKeptAtEnd : parts.Count - lastOwner, MinKeptAtEnd, MaxKeptAtEnd);
            parts = [.. parts.Take(KeptAtStart), "...", .. parts.TakeLast(keptAtEnd)];
        }

        var text = string.Join(" -> ", parts);
        return path.Survivors > 1 ? $"{text}   ({path.Alike} of {path.Survivors} live instances held this way)" : text;
    }

    private static string Describe(GraphRoot root)
    {
        if (root.FieldName is null)
        {
            return root.Label;
        }

        var field = StaticFieldLocator.Locate(root.FieldName, root.SlotAddress, root.ObjectTypeId);
        var owner = field?.DeclaringType is { } declaring ? CSharpTypeNames.Of(declaring) : "?";
        return $"{root.Label} {owner}.{root.FieldName}";
    }

    private static bool IsUserType(Type type)
    {
        var assembly = type.Assembly.GetName().Name ?? string.Empty;
        return !(assembly.StartsWith("System", StringComparison.Ordinal) || assembly.StartsWith("Microsoft", StringComparison.Ordinal)
            || assembly is "mscorlib" or "netstandard" || assembly.StartsWith("xunit", StringComparison.Ordinal)
            || type.Assembly.IsDefined(typeof(LifetimeAssertComponentAttribute)));
    }

    private static string TypeName(ulong typeId) =>
        HeapTypes.Resolve(typeId) is { } type ? CSharpTypeNames.Of(type) : $"type 0x{typeId:x}";
}
