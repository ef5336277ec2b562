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
            if (type.FullName is { } name)
            {
                Add(name, type);
                if (name.Contains('+', StringComparison.Ordinal))
                {
                    Add(name.Replace('+', '.'), type);
                }
            }
        }
    }

    public int AssemblyCount { get; }

    public Type[] Types { get; }

    public Dictionary<string, List<Type>> ByName { get; } = new(StringComparer.Ordinal);

    private static IEnumerable<Type> TypesOf(Assembly assembly)
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
