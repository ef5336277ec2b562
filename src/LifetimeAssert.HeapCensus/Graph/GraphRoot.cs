using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// What keeps an object alive from outside the heap. <see cref="Rank"/> orders roots so that, among equally short
/// paths, the one a person can act on wins: a static field, then a thread-static, a GC handle, a stack slot, the rest.
/// <see cref="SlotAddress"/> is where the reference is kept: a static field's slot, or a GC handle's own address (what
/// <see cref="System.Runtime.InteropServices.GCHandle.ToIntPtr"/> returns), from which <see cref="RootOwners"/> reads
/// what the handle holds.
/// </summary>
internal readonly record struct GraphRoot(int Rank, string Label, string? FieldName, ulong SlotAddress, ulong ObjectTypeId, GraphRootKind Kind)
{
    /// <summary>Roots of this rank or lower (statics, handles) hold objects beyond the current stack frames.</summary>
    public const int DurableRank = 2;

    public bool IsStatic => FieldName is not null;

    public bool IsHandle => Kind is GraphRootKind.StrongHandle or GraphRootKind.PinnedHandle or GraphRootKind.RefCountedHandle;

    /// <summary>A static field; the event names the field and its slot address but not the declaring class.</summary>
    public static GraphRoot Static(string fieldName, ulong slotAddress, ulong objectTypeId, bool threadStatic) =>
        new(threadStatic ? 1 : 0, threadStatic ? "[ThreadStatic] static" : "static", fieldName, slotAddress, objectTypeId, GraphRootKind.Static);

    /// <param name="kind">The root's kind.</param>
    /// <param name="flags">Its flags: pinning, ref-counted.</param>
    /// <param name="rootId">The event's root id: for a handle, the handle's address.</param>
    public static GraphRoot FromKind(GCRootKind kind, GCRootFlags flags, ulong rootId) => kind switch
    {
        GCRootKind.Handle when (flags & GCRootFlags.Pinning) != 0 => new(2, "[pinned handle]", null, rootId, 0, GraphRootKind.PinnedHandle),
        GCRootKind.Handle when (flags & GCRootFlags.RefCounted) != 0 => new(2, "[ref-counted handle]", null, rootId, 0, GraphRootKind.RefCountedHandle),
        GCRootKind.Handle => new(2, "[strong handle]", null, rootId, 0, GraphRootKind.StrongHandle),
        GCRootKind.Stack => new(3, "[local variable]", null, 0, 0, GraphRootKind.Other),
        GCRootKind.Finalizer => new(4, "[finalization queue]", null, 0, 0, GraphRootKind.Other),
        _ => new(4, $"[{kind} root]", null, 0, 0, GraphRootKind.Other),
    };
}
