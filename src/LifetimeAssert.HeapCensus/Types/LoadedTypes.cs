using System.Reflection;

namespace LifetimeAssert.HeapCensus;

/// <summary>
/// Every type of every loaded assembly, indexed by full name, rebuilt when another assembly loads. Listing an
/// assembly's types loads them and allocates: census names are resolved before a check's baseline, never during it.
/// </summary>
internal static class LoadedTypes
{
    private static readonly Lock Gate = new();
    private static TypeIndex? _current;

    public static IReadOnlyList<Type> All => Current().Types;

    /// <summary>Types whose full name is <paramref name="fullName"/>, or whose full name with '+' read as '.' is.</summary>
    public static IReadOnlyList<Type> Named(string fullName) =>
        Current().ByName.TryGetValue(fullName, out var types) ? types : [];

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

    private static TypeIndex Current()
    {
        var assemblies = AppDomain.CurrentDomain.GetAssemblies();
        lock (Gate)
        {
            if (_current is null || _current.AssemblyCount != assemblies.Length)
            {
                _current = new TypeIndex(assemblies);
            }

            return _current;
        }
    }
}
