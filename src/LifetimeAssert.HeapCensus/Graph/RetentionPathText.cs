using System.Globalization;
using System.Reflection;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Renders a retention path as one line: <c>static Program.Cache (Dictionary&lt;int, Session&gt;) -&gt;
/// Dictionary&lt;int, Session&gt;.Entry[] -&gt; Session</c>. A long chain keeps its root and its tail from the last
/// holder of the user's own code (the singleton store, not the framework's collections inside it) around "...";
/// consecutive objects of one type (a linked list) are one step, <c>TimerQueueTimer (chain of 5)</c>. Lines that
/// name the owners of the survivors follow, indented, when the root is a running thread or an unloading context.
/// </summary>
internal static class RetentionPathText
{
    /// <summary>Indents the lines under a <c>held by</c> line.</summary>
    public static readonly string OwnerLineStart = Environment.NewLine + "      ";

    private const int MaxShown = 10;
    private const int KeptAtStart = 3;
    private const int MinKeptAtEnd = 4;
    private const int MaxKeptAtEnd = 8;

    public static string Render(RootOwners owners, RetentionPath path)
    {
        var text = RenderChain(owners, path.Root, path.Nodes);
        if (path.Survivors > 1)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"   ({path.Alike} of {path.Survivors} live instances held this way)");
        }

        return string.Concat(OwnerLines(owners, path).Prepend(text).Select((line, i) => i == 0 ? line : OwnerLineStart + line));
    }

    /// <summary>The lines that name the survivors' owners: an explanation, so a failure to find them only says so.</summary>
    private static List<string> OwnerLines(RootOwners owners, RetentionPath path)
    {
        try
        {
            return [.. ThreadOwners.Describe(owners, path), .. ContextOwners.Describe(owners, path)];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return [$"owner unknown: naming it failed ({e.GetType().Name}: {e.Message})"];
        }
    }

    /// <summary>The root and the chain of types from it to the last node, without counts.</summary>
    public static string RenderChain(RootOwners owners, int root, int[] nodes)
    {
        var steps = Steps(owners.Graph, nodes);
        var parts = new List<string> { $"{owners.Label(root)} ({steps[0].Name})" };
        parts.AddRange(steps.Skip(1).Select(s => s.Name));
        if (parts.Count > MaxShown)
        {
            var lastOwner = steps.FindLastIndex(steps.Count - 2, s => s.Type is not null && IsUserType(s.Type));
            var keptAtEnd = Math.Clamp(lastOwner < 0 ? MinKeptAtEnd : parts.Count - lastOwner, MinKeptAtEnd, MaxKeptAtEnd);
            parts = [.. parts.Take(KeptAtStart), "...", .. parts.TakeLast(keptAtEnd)];
        }

        return string.Join(" -> ", parts);
    }

    public static string TypeName(ulong typeId) =>
        HeapTypes.Resolve(typeId) is { } type ? CSharpTypeNames.Of(type) : $"type 0x{typeId:x}";

    /// <summary>One step per node, a run of nodes of one type as one step.</summary>
    private static List<(Type? Type, string Name)> Steps(HeapGraph graph, int[] nodes)
    {
        var steps = new List<(Type? Type, string Name)>();
        for (var i = 0; i < nodes.Length;)
        {
            var typeId = graph.TypeIds[nodes[i]];
            var run = 1;
            while (i + run < nodes.Length && graph.TypeIds[nodes[i + run]] == typeId)
            {
                run++;
            }

            var name = TypeName(typeId);
            steps.Add((HeapTypes.Resolve(typeId), run > 1 ? string.Create(CultureInfo.InvariantCulture, $"{name} (chain of {run})") : name));
            i += run;
        }

        return steps;
    }

    private static bool IsUserType(Type type)
    {
        var assembly = type.Assembly.GetName().Name ?? string.Empty;
        return !(assembly.StartsWith("System", StringComparison.Ordinal) || assembly.StartsWith("Microsoft", StringComparison.Ordinal)
            || assembly is "mscorlib" or "netstandard" || assembly.StartsWith("xunit", StringComparison.Ordinal)
            || type.Assembly.IsDefined(typeof(LifetimeAssertComponentAttribute)));
    }
}
