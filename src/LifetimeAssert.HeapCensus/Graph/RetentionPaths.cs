namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Retention paths for the leaks of a check: one snapshot with every reference (a leaking census probe's last walk,
/// else a new one), one search, one line per leaking probe. A path is an explanation, not evidence: when the heap cannot be read the line says why, and the verdict
/// stands.
/// </summary>
internal static class RetentionPaths
{
    public static IReadOnlyList<string?> Find(IReadOnlyList<Probe> leaking)
    {
        if (!leaking.Any(p => p is IHeapTarget or TrackedTypeProbe))
        {
            return new string?[leaking.Count];
        }

        try
        {
            var kept = leaking.OfType<IHeapTarget>().Select(p => p.LastWalkWithReferences).FirstOrDefault(s => s is not null);
            return FindIn(kept ?? HeapSnapshotter.Take(includeGraph: true), leaking);
        }
        catch (ProbeInconclusiveException e)
        {
            return leaking.Select(p => p is IHeapTarget or TrackedTypeProbe ? $"unknown: {e.Message}" : null).ToArray();
        }
    }

    private static string?[] FindIn(HeapSnapshot snapshot, IReadOnlyList<Probe> leaking)
    {
        var graph = snapshot.Graph!;
        var heapTypeIds = snapshot.ByTypeId.Keys;
        var targets = leaking.Select(probe => probe switch
        {
            IHeapTarget census => census.LeakedTypeIds(heapTypeIds),
            TrackedTypeProbe tracked => new TypeIdFilter(tracked.Type.IsAssignableFrom).Matching(heapTypeIds),
            _ => [],
        }).ToArray();
        var owners = new RootOwners(graph);
        var paths = RetentionPathSearch.Find(owners, targets);
        return paths.Select(path => path is null ? null : RetentionPathText.Render(owners, path)).ToArray();
    }
}
