using System.Reflection;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Every type of every loaded assembly, by full name. The types of ordinary assemblies are indexed once and again when
/// another loads; those of collectible assemblies (plugins) are listed afresh on every call and never kept, so the
/// census never keeps a plugin's context from unloading. Listing an assembly's types loads them and allocates: census
/// names are resolved before a check's baseline, never during it.
/// </summary>
internal static class LoadedTypes
{
    private static readonly Lock Gate = new();
    private static TypeIndex? _current;

    public static IReadOnlyList<Type> All
    {
        get
        {
            var (index, collectible) = Current();
            return collectible.Length == 0 ? index.Types : [.. index.Types, .. collectible.SelectMany(TypeIndex.TypesOf)];
        }
    }

    /// <summary>Types whose full name is <paramref name="fullName"/>, or whose full name with '+' read as '.' is.</summary>
    public static IReadOnlyList<Type> Named(string fullName)
    {
        var (index, collectible) = Current();
        IReadOnlyList<Type> indexed = index.ByName.TryGetValue(fullName, out var types) ? types : [];
        return collectible.Length == 0
            ? indexed
            : [.. indexed, .. collectible.SelectMany(TypeIndex.TypesOf).Where(t => TypeIndex.NamesOf(t).Contains(fullName))];
    }

    /// <summary>
    /// Loads the assemblies that loaded assemblies reference, so a name is found before the code that uses its
    /// type has run (the body's assembly references it, the runtime has not needed it yet).
    /// </summary>
    public static void LoadReferencedAssemblies()
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                try
                {
                    Assembly.Load(reference);
                }
                catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
                {
                    // A reference that is not deployed cannot hold a type the process uses.
                }
            }
        }
    }

    private static (TypeIndex Index, Assembly[] Collectible) Current()
    {
        var assemblies = AppDomain.CurrentDomain.GetAssemblies();
        var lasting = assemblies.Where(a => !a.IsCollectible).ToArray();
        var collectible = assemblies.Where(a => a.IsCollectible).ToArray();
        lock (Gate)
        {
            if (_current is null || _current.AssemblyCount != lasting.Length)
            {
                _current = new TypeIndex(lasting);
            }

            return (_current, collectible);
        }
    }
}
