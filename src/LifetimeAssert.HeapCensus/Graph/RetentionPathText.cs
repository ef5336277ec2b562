namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Renders a retention path as one line: <c>static Program.Cache (Dictionary&lt;int, Session&gt;) -&gt;
/// Dictionary&lt;int, Session&gt;.Entry[] -&gt; Session</c>; a long chain keeps its ends around "...".
/// </summary>
internal static class RetentionPathText
{
    private const int MaxShown = 10;
    private const int KeptAtEachEnd = 4;

    public static string Render(HeapGraph graph, RetentionPath path)
    {
        var types = path.Nodes.Select(n => TypeName(graph.TypeIds[n])).ToList();
        var parts = new List<string> { $"{Describe(path.Root)} ({types[0]})" };
        parts.AddRange(types.Skip(1));
        if (parts.Count > MaxShown)
        {
            parts = [.. parts.Take(KeptAtEachEnd), "...", .. parts.TakeLast(KeptAtEachEnd)];
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

    private static string TypeName(ulong typeId) =>
        HeapTypes.Resolve(typeId) is { } type ? CSharpTypeNames.Of(type) : $"type 0x{typeId:x}";
}
