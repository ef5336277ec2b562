using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Says whose a root is, where the runtime tells: a static field by its class and name, and a GC handle by what it
/// holds — a running thread (the runtime holds every started thread's <see cref="Thread"/> until it ends), an
/// assembly-load context (held strongly from <c>Unload()</c> until it has unloaded, or for ever when it is not
/// collectible), or else a <see cref="GCHandle"/> someone allocated and has not freed. Labels are computed once per root.
/// </summary>
/// <remarks>
/// A handle's target is read through its address, which the heap walk reports as the root's id: the GC keeps a
/// handle's slot up to date, a freed handle's slot is cleared, and handle memory stays allocated, so the read is safe
/// at any time; the object it returns is used for its type and name, never kept.
/// </remarks>
internal sealed class RootOwners(HeapGraph graph)
{
    public const string RunningThread = "[strong handle of a running thread]";

    private readonly string?[] _labels = new string?[graph.Roots.Length];

    public HeapGraph Graph { get; } = graph;

    /// <summary>How the root is shown at the start of a path: <c>static Cache.Entries</c>, <c>[strong handle of a running thread]</c>.</summary>
    public string Label(int root) => _labels[root] ??= Describe(Graph.Roots[root]);

    /// <summary>
    /// Roots that hold survivors "the same way": each static field is its own way, while every handle or stack slot of
    /// one kind and owner is one way (each running thread has a handle of its own; a leak of threads is one way).
    /// </summary>
    public string GroupKey(int root) => Graph.Roots[root].IsStatic ? "static #" + root : Label(root);

    /// <summary>What a handle root holds now; null for another root, or a handle freed since the walk.</summary>
    public object? HandleTarget(int root)
    {
        var address = Graph.Roots[root].SlotAddress;
        return Graph.Roots[root].IsHandle && address != 0 ? GCHandle.FromIntPtr((nint)address).Target : null;
    }

    private string Describe(GraphRoot root)
    {
        if (root.IsStatic)
        {
            var field = StaticFieldLocator.Locate(root.FieldName!, root.SlotAddress, root.ObjectTypeId);
            var owner = field?.DeclaringType is { } declaring ? CSharpTypeNames.Of(declaring) : "?";
            return $"{root.Label} {owner}.{PropertyName(root.FieldName!)}";
        }

        return root.Kind switch
        {
            GraphRootKind.StrongHandle => StrongHandle(root),
            GraphRootKind.PinnedHandle => "[pinned GCHandle, not freed]",
            GraphRootKind.RefCountedHandle => "[ref-counted handle of a COM or Objective-C wrapper]",
            _ => root.Label,
        };
    }

    private static string StrongHandle(GraphRoot root) => GCHandle.FromIntPtr((nint)root.SlotAddress).Target switch
    {
        Thread => RunningThread,
        AssemblyLoadContext { IsCollectible: true } context => $"[strong handle of AssemblyLoadContext '{context.Name}', unloading]",
        AssemblyLoadContext context => $"[strong handle of AssemblyLoadContext '{context.Name}', not collectible]",
        _ => "[strong GCHandle, not freed]",
    };

    /// <summary>An auto-property's backing field (<c>&lt;Instances&gt;k__BackingField</c>) is shown as the property.</summary>
    private static string PropertyName(string field) =>
        field.StartsWith('<') && field.EndsWith(">k__BackingField", StringComparison.Ordinal) ? field[1..^">k__BackingField".Length] : field;
}
