using System.Globalization;
using System.Runtime.Loader;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// The lines under a path that holds collectible assembly-load contexts stuck in unloading (the runtime holds a
/// context strongly from <c>Unload()</c> until its loader allocator is collected): what keeps each context's loader
/// allocator alive. Every object of a context's types and every delegate into its code references that allocator (the
/// heap walk reports those references), so the shortest path to it ends at the culprit:
/// <c>cannot unload: PluginHandler (from context 'storefront') x24 held by static Host.Handlers (List&lt;object&gt;) -&gt; object[]</c>.
/// </summary>
internal static class ContextOwners
{
    public const string Prefix = "cannot unload: ";

    private const int MaxLinesShown = 3;

    private static readonly Type? LoaderAllocator = typeof(object).Assembly.GetType("System.Reflection.LoaderAllocator");

    public static IEnumerable<string> Describe(RootOwners owners, RetentionPath path)
    {
        var stuck = path.Members.Select(m => path.Tree.RootOf[m]).Distinct()
            .Select(owners.HandleTarget)
            .OfType<AssemblyLoadContext>()
            .Where(c => c.IsCollectible)
            .Select(c => c.Name ?? "unnamed")
            .ToHashSet(StringComparer.Ordinal);
        if (stuck.Count == 0)
        {
            return [];
        }

        if (LoaderAllocator is null)
        {
            return [Prefix + $"what holds the contexts is unknown: this runtime (.NET {Environment.Version}) has no System.Reflection.LoaderAllocator"];
        }

        var graph = owners.Graph;
        var allocatorType = (ulong)LoaderAllocator.TypeHandle.Value;
        var contextOf = AllocatorContexts(graph, allocatorType);
        var holders = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (allocator, context) in contextOf)
        {
            // A context known and not stuck is a plugin in use; an unknown one is held by delegates only and may be stuck.
            if (!path.Tree.Reached(allocator) || (context is not null && !stuck.Contains(context)))
            {
                continue;
            }

            var line = Holder(owners, path.Tree, allocator, context ?? (stuck.Count == 1 ? stuck.Single() : null));
            holders[line] = holders.GetValueOrDefault(line) + 1;
        }

        if (holders.Count == 0)
        {
            return [Prefix + "no object of its types and no delegate into it is reachable from a root; the unload may still be in progress (it takes several collections)"];
        }

        return holders.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).Take(MaxLinesShown)
            .Select(h => Prefix + h.Key.Replace("{count}", h.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>
    /// Every loader allocator of the walk with the name of its context, found from the objects of collectible types
    /// that reference it (null when only objects of other types do, such as delegates to its static methods).
    /// </summary>
    private static Dictionary<int, string?> AllocatorContexts(HeapGraph graph, ulong allocatorType)
    {
        var contexts = new Dictionary<int, string?>();
        for (var node = 0; node < graph.NodeCount; node++)
        {
            if (graph.TypeIds[node] == allocatorType)
            {
                contexts[node] = null;
            }
        }

        var collectible = new Dictionary<ulong, string?>();
        for (var node = 0; node < graph.NodeCount; node++)
        {
            for (var e = graph.EdgeStarts[node]; e < graph.EdgeStarts[node + 1]; e++)
            {
                var target = graph.EdgeTargets[e];
                if (target >= 0 && contexts.TryGetValue(target, out var known) && known is null
                    && ContextName(graph.TypeIds[node], collectible) is { } name)
                {
                    contexts[target] = name;
                }
            }
        }

        return contexts;
    }

    /// <summary>The context of a collectible type, decided once per type id of this walk; null for any other type.</summary>
    private static string? ContextName(ulong typeId, Dictionary<ulong, string?> decided)
    {
        if (!decided.TryGetValue(typeId, out var name))
        {
            decided[typeId] = name = HeapTypes.Resolve(typeId) is { IsCollectible: true } type
                ? AssemblyLoadContext.GetLoadContext(type.Assembly)?.Name ?? "unnamed"
                : null;
        }

        return name;
    }

    /// <summary>What holds one allocator, as a line with a <c>{count}</c> placeholder, so that allocators held alike are one line.</summary>
    private static string Holder(RootOwners owners, RetentionTree tree, int allocator, string? context)
    {
        var holder = tree.Parent[allocator];
        if (holder == RetentionTree.IsRoot)
        {
            return $"its loader allocator x{{count}} held by {owners.Label(tree.RootOf[allocator])}";
        }

        var type = HeapTypes.Resolve(owners.Graph.TypeIds[holder]);
        var name = RetentionPathText.TypeName(owners.Graph.TypeIds[holder]);
        var where = context is null ? "a collectible context" : $"context '{context}'";
        var what = type switch
        {
            { IsCollectible: true } => $"{name} (from {where})",
            not null when typeof(Delegate).IsAssignableFrom(type) => $"{name} (a delegate into {where})",
            not null when typeof(Type).IsAssignableFrom(type) => $"{name} (a Type of {where})",
            _ => $"{name} (referencing the loader allocator of {where})",
        };
        var chain = tree.Chain(holder);
        var heldBy = chain.Length > 1 ? RetentionPathText.RenderChain(owners, tree.RootOf[holder], chain[..^1]) : owners.Label(tree.RootOf[holder]);
        return $"{what} x{{count}} held by {heldBy}";
    }
}
