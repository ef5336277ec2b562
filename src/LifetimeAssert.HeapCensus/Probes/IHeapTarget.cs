namespace LifetimeAssert.HeapCensus;

/// <summary>A census probe that can say which of a snapshot's types its leak consists of, for the retention path.</summary>
internal interface IHeapTarget
{
    /// <summary>The type ids whose survivors the retention path should lead to.</summary>
    HashSet<ulong> LeakedTypeIds(IEnumerable<ulong> heapTypeIds);

    /// <summary>The probe's last heap walk, when it kept the references (the confirmation's): the retention path is searched there.</summary>
    HeapSnapshot? LastWalkWithReferences { get; }
}
