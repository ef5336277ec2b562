namespace LifetimeAssert.HeapCensus;

/// <summary>
/// <c>Census = ["*"]</c>: heap-wide growth, like <c>pprof -base</c>. Every type on the heap is followed; a type
/// stays a suspect while its live count grew in every recorded sample since the baseline. The judged count is the
/// number of objects the suspects gained since the baseline; a type that stops growing leaves the suspects with
/// its gain frozen, so the count grows in a sample exactly when some type grew in every sample so far, and a clean
/// body, whose types all stop growing, stays flat. The report lists the suspects, largest gain first.
/// <c>Census = ["MyApp.*"]</c> is the same, over the types of one namespace (<see cref="NamespaceScope"/>).
/// </summary>
internal sealed class HeapGrowthProbe : Probe, IDetailedProbe, IHeapTarget, IRecordedSampleObserver, IApproximateProbe
{
    public const string Wildcard = "*";

    private const int MaxTypesShown = 10;

    private readonly NamespaceScope? _scope;

    private GrowthState? _recorded;
    private GrowthState? _pending;

    private HeapGrowthProbe(string name, NamespaceScope? scope)
        : base(name, isProcessWide: true) => _scope = scope;

    public static HeapGrowthProbe HeapWide() => new("heap-wide growth (*)", null);

    public static HeapGrowthProbe In(NamespaceScope scope) => new($"namespace growth ({scope.Namespace}{NamespaceScope.Suffix})", scope);

    public IReadOnlyList<string> DescribeGrowth()
    {
        var suspects = Suspects();
        var lines = suspects.Take(MaxTypesShown).Select(g => "grew " + g.Describe()).ToList();
        if (suspects.Count > MaxTypesShown)
        {
            lines.Add($"and {suspects.Count - MaxTypesShown} more types that grew in every sample");
        }

        return lines;
    }

    /// <summary>The path leads to a survivor of the type that gained most.</summary>
    public HashSet<ulong> LeakedTypeIds(IEnumerable<ulong> heapTypeIds) =>
        Suspects().Take(1).Select(g => g.TypeId).ToHashSet();

    /// <summary>Never kept: it is read once per sample, not in the confirmation's rounds.</summary>
    public HeapSnapshot? LastWalkWithReferences => null;

    public void OnSampleRecorded() => _recorded = _pending;

    protected override long Sample()
    {
        var snapshot = SharedSnapshot.Counts();
        var counts = new Dictionary<ulong, long>(snapshot.ByTypeId.Count);
        foreach (var (typeId, count) in snapshot.ByTypeId)
        {
            if (_scope?.Includes(typeId) ?? true)
            {
                counts[typeId] = count.Count;
            }
        }

        // Computed from the last recorded sample, not the last call: a settle calls once per collection round.
        _pending = _recorded is null ? GrowthState.Baseline(counts) : _recorded.Next(counts);
        return _pending.Value;
    }

    protected override void Stop() => SharedSnapshot.Release();

    private List<TypeGrowth> Suspects()
    {
        var state = _recorded;
        return state?.Suspects is null
            ? []
            : state.Suspects
                .Select(id => new TypeGrowth(id, state.BaselineOf(id), state.Counts.GetValueOrDefault(id)))
                .OrderByDescending(g => g.Gained)
                .ThenBy(g => g.TypeId)
                .ToList();
    }
}
