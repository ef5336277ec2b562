namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Turns a census name into the types it counts. The documented spellings:
/// <list type="bullet">
/// <item><c>Npgsql.PreparedStatement</c> — a full name (<see cref="Type.FullName"/>), counting derived types too;</item>
/// <item><c>Demo.Outer+Inner</c> (or <c>Demo.Outer.Inner</c>) — a nested type;</item>
/// <item><c>System.Collections.Generic.List`1</c> — every instantiation of a generic type;</item>
/// <item><c>System.Collections.Generic.List&lt;Demo.Session&gt;</c> — one instantiation (C# keywords such as <c>int</c> allowed);</item>
/// <item><c>Demo.Session[]</c> — arrays of a type.</item>
/// </list>
/// </summary>
internal static class CensusNames
{
    private const string Spellings =
        "Give a full type name: Namespace.Type (derived types count too), Namespace.Outer+Inner for a nested type, "
        + "System.Collections.Generic.List`1 for every List<T>, System.Collections.Generic.List<System.String> for one.";

    private static readonly Dictionary<string, Type> Keywords = new(StringComparer.Ordinal)
    {
        ["bool"] = typeof(bool), ["byte"] = typeof(byte), ["sbyte"] = typeof(sbyte), ["char"] = typeof(char),
        ["short"] = typeof(short), ["ushort"] = typeof(ushort), ["int"] = typeof(int), ["uint"] = typeof(uint),
        ["long"] = typeof(long), ["ulong"] = typeof(ulong), ["float"] = typeof(float), ["double"] = typeof(double),
        ["decimal"] = typeof(decimal), ["string"] = typeof(string), ["object"] = typeof(object),
        ["nint"] = typeof(nint), ["nuint"] = typeof(nuint),
    };

    /// <summary>The types a name denotes, or the sentence that explains why it denotes none.</summary>
    public static (IReadOnlyList<Type> Types, string? Error) Resolve(string name)
    {
        var types = Find(name.Trim());
        if (types.Count == 0)
        {
            // The body may use a type whose assembly the runtime has not needed yet.
            LoadedTypes.LoadReferencedAssemblies();
            types = Find(name.Trim());
        }

        if (types.Count > 0)
        {
            return (types, null);
        }

        var suggestions = NameSuggestions.For(name.Trim());
        var didYouMean = suggestions.Count == 0
            ? ""
            : " Did you mean " + string.Join(", ", suggestions.Select(s => $"\"{s}\"")) + "?";
        return ([], $"Census name \"{name}\" matches no loaded type.{didYouMean} {Spellings}");
    }

    private static IReadOnlyList<Type> Find(string name)
    {
        if (Keywords.TryGetValue(name, out var keyword))
        {
            return [keyword];
        }

        if (name.EndsWith("[]", StringComparison.Ordinal))
        {
            return Find(name[..^2]).Select(t => t.MakeArrayType()).ToArray();
        }

        var open = name.IndexOf('<', StringComparison.Ordinal);
        if (open > 0 && name.EndsWith('>'))
        {
            return FindClosedGeneric(name[..open], SplitArguments(name[(open + 1)..^1]));
        }

        return LoadedTypes.Named(name);
    }

    private static IReadOnlyList<Type> FindClosedGeneric(string definitionName, IReadOnlyList<string> argumentNames)
    {
        var arguments = new Type[argumentNames.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            var candidates = Find(argumentNames[i]);
            if (candidates.Count != 1)
            {
                return [];
            }

            arguments[i] = candidates[0];
        }

        var closed = new List<Type>();
        foreach (var definition in LoadedTypes.Named($"{definitionName}`{arguments.Length}"))
        {
            try
            {
                closed.Add(definition.MakeGenericType(arguments));
            }
            catch (ArgumentException)
            {
                // The arguments break the definition's constraints: no object can have that type.
            }
        }

        return closed;
    }

    /// <summary>Splits "A, B&lt;C, D&gt;" at the commas outside angle brackets.</summary>
    private static List<string> SplitArguments(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '<':
                    depth++;
                    break;
                case '>':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(text[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }

        parts.Add(text[start..].Trim());
        return parts;
    }
}
