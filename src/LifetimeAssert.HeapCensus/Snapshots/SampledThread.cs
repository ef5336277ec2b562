namespace LifetimeAssert.HeapCensus;

/// <summary>A managed thread seen by the sample profiler: its operating-system id and name, and the method it was started with.</summary>
internal sealed record SampledThread(int OsId, string? OsName, string? StartMethod);
