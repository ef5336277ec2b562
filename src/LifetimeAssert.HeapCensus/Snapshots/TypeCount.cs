namespace LifetimeAssert.HeapCensus;

/// <summary>Live objects of one exact type in a heap snapshot, and their bytes.</summary>
internal record struct TypeCount(long Count, long Bytes);
