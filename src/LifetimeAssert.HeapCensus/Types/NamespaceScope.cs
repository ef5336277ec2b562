namespace LifetimeAssert.HeapCensus;

/// <summary>
/// <c>Census = ["MyApp.*"]</c>: the types of one namespace and its sub-namespaces (arrays of them too, whose namespace is
/// their element's), so heap-wide growth can be narrowed to the user's own code and the framework's caches stay out.
/// </summary>
internal sealed class NamespaceScope
{
    public const string Suffix = ".*";

    private readonly Dictionary<ulong, bool> _byTypeId = [];

    private NamespaceScope(string ns) => Namespace = ns;

    public string Namespace { get; }

    /// <summary>The scope a census name denotes when it ends in <c>.*</c>; null for a type name.</summary>
    public static NamespaceScope? Parse(string name) =>
        name.Length > Suffix.Length && name.EndsWith(Suffix, StringComparison.Ordinal) ? new NamespaceScope(name[..^Suffix.Length]) : null;

    /// <summary>Refuses a namespace no loaded type belongs to, before anything runs; null when it is known.</summary>
    public string? Problem()
    {
        if (!LoadedTypes.All.Any(Contains))
        {
            // The body may use a namespace whose assembly the runtime has not needed yet.
            LoadedTypes.LoadReferencedAssemblies();
        }

        if (LoadedTypes.All.Any(Contains))
        {
            return null;
        }

        var limit = Math.Max(2, Namespace.Length / 3);
        var close = KnownNamespaces()
            .Select(ns => (Namespace: ns, Distance: EditDistance.Between(Namespace, ns, limit)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Namespace, StringComparer.Ordinal)
            .Take(3)
            .Select(c => $"\"{c.Namespace}{Suffix}\"")
            .ToArray();
        var didYouMean = close.Length == 0 ? "" : " Did you mean " + string.Join(", ", close) + "?";
        return $"Census name \"{Namespace}{Suffix}\" matches no loaded namespace.{didYouMean} Give a namespace followed by .* "
            + "(\"MyApp.*\", \"MyApp.Orders.*\"): it follows the types of that namespace and its sub-namespaces.";
    }

    /// <summary>Every namespace of a loaded type and every namespace above it (one may hold only sub-namespaces).</summary>
    private static HashSet<string> KnownNamespaces()
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ns in LoadedTypes.All.Select(t => t.Namespace).OfType<string>())
        {
            var end = ns.Length;
            while (end > 0 && known.Add(ns[..end]))
            {
                end = ns.LastIndexOf('.', end - 1);
            }
        }

        return known;
    }

    /// <summary>Whether a heap type id is of a type in this scope; decided once per id (a settle asks every round).</summary>
    public bool Includes(ulong typeId)
    {
        if (!_byTypeId.TryGetValue(typeId, out var included))
        {
            _byTypeId[typeId] = included = Contains(HeapTypes.Resolve(typeId));
        }

        return included;
    }

    private bool Contains(Type? type) => type?.Namespace is { } ns
        && (ns == Namespace || (ns.StartsWith(Namespace, StringComparison.Ordinal) && ns.Length > Namespace.Length && ns[Namespace.Length] == '.'));
}
