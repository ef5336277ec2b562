namespace LifetimeAssert.Running;

/// <summary>What a check saw registered outside its async flow.</summary>
internal readonly record struct OffFlowCounts(bool RanAlone, long Counted, long Uncounted);
