namespace LifetimeAssert.HeapCensus;

/// <summary>The kinds of root whose owner a report can name: a static field, or a GC handle of one of three strengths.</summary>
internal enum GraphRootKind
{
    Other,
    Static,
    StrongHandle,
    PinnedHandle,
    RefCountedHandle,
}
