namespace LifetimeAssert.HeapCensus;

/// <summary>
/// One recorded step of heap-wide growth: the counts per type at the baseline and now, the types that grew in every
/// sample since the baseline by the engine's own rule (<see cref="SampleGrowth"/>; null right after the baseline:
/// every type is still a suspect), and the gain frozen
/// for types that stopped growing.
/// </summary>
internal sealed class GrowthState
{
    private readonly Dictionary<ulong, long> _baseline;
    private readonly long _frozen;

    private GrowthState(Dictionary<ulong, long> baseline, Dictionary<ulong, long> counts, HashSet<ulong>? suspects, long frozen, long value)
    {
        _baseline = baseline;
        Counts = counts;
        Suspects = suspects;
        _frozen = frozen;
        Value = value;
    }

    public Dictionary<ulong, long> Counts { get; }

    public HashSet<ulong>? Suspects { get; }

    /// <summary>Objects gained since the baseline by the suspects, plus the frozen gain of former suspects.</summary>
    public long Value { get; }

    public static GrowthState Baseline(Dictionary<ulong, long> counts) => new(counts, counts, null, 0, 0);

    public long BaselineOf(ulong typeId) => _baseline.GetValueOrDefault(typeId);

    public GrowthState Next(Dictionary<ulong, long> counts)
    {
        var candidates = Suspects ?? (IEnumerable<ulong>)counts.Keys;
        var suspects = candidates.Where(id => SampleGrowth.Grew(Counts.GetValueOrDefault(id), counts.GetValueOrDefault(id))).ToHashSet();
        var frozen = _frozen;
        if (Suspects is not null)
        {
            foreach (var dropped in Suspects.Where(id => !suspects.Contains(id)))
            {
                frozen += Gain(dropped, Counts);
            }
        }

        var value = frozen + suspects.Sum(id => Gain(id, counts));
        return new GrowthState(_baseline, counts, suspects, frozen, value);
    }

    private long Gain(ulong typeId, Dictionary<ulong, long> counts) => counts.GetValueOrDefault(typeId) - BaselineOf(typeId);
}
