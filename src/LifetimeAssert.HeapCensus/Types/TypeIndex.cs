using System.Reflection;

namespace LifetimeAssert.HeapCensus;

/// <summary>The types of a set of assemblies, by full name (nested types also with '.' for '+').</summary>
internal sealed class TypeIndex
{
    public TypeIndex(Assembly[] assemblies)
    {
        AssemblyCount = assemblies.Length;
        Types = assemblies.SelectMany(TypesOf).ToArray();
        foreach (var type in Types)
        {
            foreach (var name in NamesOf(type))
            {
                Add(name, type);
            }
        }
    }

    public int AssemblyCount { get; }

    public Type[] Types { get; }

    public Dictionary<string, List<Type>> ByName { get; } = new(StringComparer.Ordinal);

    /// <summary>The names a type is found by: its full name, and with '+' read as '.' for a nested type.</summary>
    public static IEnumerable<string> NamesOf(Type type)
    {
        if (type.FullName is not { } name)
        {
            yield break;
        }

        yield return name;
        if (name.Contains('+', StringComparison.Ordinal))
        {
            yield return name.Replace('+', '.');
        }
    }

    public static IEnumerable<Type> TypesOf(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    private void Add(string name, Type type)
    {
        if (!ByName.TryGetValue(name, out var list))
        {
            ByName[name] = list = [];
        }

        list.Add(type);
    }
}
