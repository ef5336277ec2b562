namespace LifetimeAssert.HeapCensus;

/// <summary>"Did you mean": loaded type names closest to a census name that matched nothing.</summary>
internal static class NameSuggestions
{
    private const int MaxSuggestions = 3;

    public static IReadOnlyList<string> For(string name)
    {
        // Typos in long names are longer: allow about one edit per three characters.
        var limit = Math.Max(2, name.Length / 3);
        var scored = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var type in LoadedTypes.All)
        {
            // Compiler-generated names (closures, state machines) are never what a person meant.
            if (type.FullName is not { } fullName || fullName.Contains('<', StringComparison.Ordinal))
            {
                continue;
            }

            var distance = Math.Min(
                EditDistance.Between(name, fullName, limit),
                EditDistance.Between(name, SimpleName(fullName), limit) + 1);
            if (distance <= limit && (!scored.TryGetValue(fullName, out var known) || distance < known))
            {
                scored[fullName] = distance;
            }
        }

        return scored.OrderBy(s => s.Value).ThenBy(s => s.Key.Length).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(MaxSuggestions).Select(s => s.Key).ToArray();
    }

    private static string SimpleName(string fullName) => fullName[(fullName.LastIndexOfAny(['.', '+']) + 1)..];
}
