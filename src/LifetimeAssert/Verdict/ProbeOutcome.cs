namespace LifetimeAssert;

/// <summary>What a check concluded about one probe.</summary>
public enum ProbeOutcome
{
    /// <summary>The count did not grow beyond the allowance.</summary>
    Flat,

    /// <summary>The count grew in every sample and the growth survived a harder settle.</summary>
    Leaking,

    /// <summary>The count grew at first but was cleared (a bounded cache, or growth that vanished); see the note.</summary>
    Cleared,

    /// <summary>Reported only: the probe is process-wide and not judged.</summary>
    ReportedOnly,
}
