using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// What keeps an object alive from outside the heap. <see cref="Rank"/> orders roots so that, among equally short
/// paths, the one a person can act on wins: a static field, then a thread-static, a GC handle, a stack slot, the rest.
/// </summary>
internal readonly record struct GraphRoot(int Rank, string Label, string? FieldName, ulong SlotAddress, ulong ObjectTypeId)
{
    /// <summary>Roots of this rank or lower (statics, handles) hold objects beyond the current stack frames.</summary>
    public const int DurableRank = 2;

    public bool IsStatic => FieldName is not null;

    /// <summary>A static field; the event names the field and its slot address but not the declaring class.</summary>
    public static GraphRoot Static(string fieldName, ulong slotAddress, ulong objectTypeId, bool threadStatic) =>
        new(threadStatic ? 1 : 0, threadStatic ? "[ThreadStatic] static" : "static", fieldName, slotAddress, objectTypeId);

    public static GraphRoot FromKind(GCRootKind kind, GCRootFlags flags) => kind switch
    {
        GCRootKind.Handle when (flags & GCRootFlags.Pinning) != 0 => new(2, "[pinned handle]", null, 0, 0),
        GCRootKind.Handle => new(2, "[strong handle]", null, 0, 0),
        GCRootKind.Stack => new(3, "[local variable]", null, 0, 0),
        GCRootKind.Finalizer => new(4, "[finalization queue]", null, 0, 0),
        _ => new(4, $"[{kind} root]", null, 0, 0),
    };
}
