namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Counts every live instance of the types a census name denotes (derived types included) in a snapshot of the
/// whole heap. Exact and live-only, and process-wide: whatever else runs in the process is counted too. A heap walk
/// is costly, so the engine reads it once per settled sample, and in every round only of the confirmation's settle,
/// whose walks keep their references: the last one gives the retention path without another walk. A census of the
/// runtime's timer types also lists the callbacks of the timers that grew, as the <c>timers</c> probe does.
/// </summary>
internal sealed class CensusProbe(string name, IReadOnlyList<Type> censusTypes)
    : Probe(name, isProcessWide: true), IDetailedProbe, IHeapTarget, ICostlyProbe
{
    private const int MaxTypesShown = 5;

    private static readonly Type[] TimerTypes = new[] { "System.Threading.TimerQueueTimer", "System.Threading.TimerHolder" }
        .Select(name => typeof(Timer).Assembly.GetType(name))
        .OfType<Type>()
        .Append(typeof(Timer))
        .ToArray();

    private readonly TypeIdFilter _filter = TypeIdFilter.For(censusTypes);

    // The core's timers probe, driven through its public interfaces: listed at the baseline and for the report.
    private readonly Probe? _timers = censusTypes.Any(TimerTypes.Contains) ? Probe.ActiveTimers() : null;

    private Dictionary<ulong, long>? _first;
    private Dictionary<ulong, long> _last = [];
    private int _confirmationReads = -1;

    public IReadOnlyList<Type> CensusTypes { get; } = censusTypes;

    public IReadOnlyList<string> DescribeGrowth()
    {
        var grown = Growth().Where(g => g.Gained > 0).ToArray();
        var timers = (_timers as IDetailedProbe)?.DescribeGrowth() ?? [];

        // Only worth a line when the count is made of other types than the one named.
        if (grown.All(g => HeapTypes.Resolve(g.TypeId) is { } type && CensusTypes.Contains(type)))
        {
            return timers;
        }

        return [.. grown.Take(MaxTypesShown).Select(g => "counted " + g.Describe()), .. timers];
    }

    public HeapSnapshot? LastWalkWithReferences { get; private set; }

    public HashSet<ulong> LeakedTypeIds(IEnumerable<ulong> heapTypeIds) => _filter.Matching(heapTypeIds);

    public void ConfirmationStarting() => _confirmationReads = 0;

    protected override long Sample()
    {
        // Kept on the probe, not in the shared snapshot, so it goes when the check's probes go; dropped before the
        // next walk, which would otherwise walk it too (a graph is a few large arrays: few objects, none of a census type).
        LastWalkWithReferences = null;
        // The confirmation's first read is never its last (its settle needs two more agreeing reads), so it counts only.
        var keep = _confirmationReads >= 0 && ++_confirmationReads > 1;
        var snapshot = SharedSnapshot.Counts(withReferences: keep);
        LastWalkWithReferences = keep ? snapshot : null;
        var counts = new Dictionary<ulong, long>();
        long total = 0;
        foreach (var (typeId, count) in snapshot.ByTypeId)
        {
            if (_filter.Counts(typeId))
            {
                counts[typeId] = count.Count;
                total += count.Count;
            }
        }

        if (_first is null)
        {
            _first = counts;
            (_timers as IRecordedSampleObserver)?.OnSampleRecorded();
        }

        _last = counts;
        return total;
    }

    protected override void Stop() => SharedSnapshot.Release();

    private IEnumerable<TypeGrowth> Growth() =>
        _last.Keys.Union(_first?.Keys ?? Enumerable.Empty<ulong>())
            .Select(id => new TypeGrowth(id, _first?.GetValueOrDefault(id) ?? 0, _last.GetValueOrDefault(id)))
            .OrderByDescending(g => g.Gained);
}
