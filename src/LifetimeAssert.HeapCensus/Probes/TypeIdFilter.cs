namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Decides, per type id of a heap walk, whether the census types count it; each id is decided once, since a process
/// has a few hundred to a few thousand types on its heap.
/// </summary>
internal sealed class TypeIdFilter(Func<Type, bool> counts)
{
    private readonly Dictionary<ulong, bool> _decided = [];

    public static TypeIdFilter For(IReadOnlyList<Type> censusTypes) =>
        new(type => censusTypes.Any(census => TypeMatch.Counts(census, type)));

    public bool Counts(ulong typeId)
    {
        if (!_decided.TryGetValue(typeId, out var counted))
        {
            // An id that no longer resolves (an unloaded type) is not one of ours.
            counted = HeapTypes.Resolve(typeId) is { } type && counts(type);
            _decided[typeId] = counted;
        }

        return counted;
    }

    public HashSet<ulong> Matching(IEnumerable<ulong> typeIds) => typeIds.Where(Counts).ToHashSet();
}
