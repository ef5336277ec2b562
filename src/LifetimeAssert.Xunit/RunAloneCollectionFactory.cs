using System.Collections.Concurrent;
using System.Reflection;
using LifetimeAssert.Adapters;
using Xunit.v3;

namespace LifetimeAssert.Xunit;

/// <summary>
/// Gives the collection of every test class that holds checked tests <c>DisableParallelization = true</c>, so xUnit
/// runs it alone after the parallel collections. A named collection shared with unchecked classes runs alone as a
/// whole: its collection fixtures are then still created once.
/// </summary>
internal sealed class RunAloneCollectionFactory : IXunitTestCollectionFactory
{
    private readonly IXunitTestCollectionFactory _inner;
    private readonly Lazy<HashSet<string>> _aloneCollections;
    private readonly ConcurrentDictionary<string, IXunitTestCollection> _alone = new(StringComparer.Ordinal);

    public RunAloneCollectionFactory(IXunitTestAssembly testAssembly, IXunitTestCollectionFactory inner)
    {
        _inner = inner;

        // A named collection must be the same object for all its classes, so which collections run alone is decided
        // once, from every checked class of the assembly, before the first one is handed out.
        _aloneCollections = new(() => CheckedClasses(testAssembly.Assembly).Select(c => inner.Get(c).UniqueID).ToHashSet(StringComparer.Ordinal));
    }

    public string DisplayName => _inner.DisplayName + ", checked classes alone";

    public IXunitTestCollection Get(Type testClass)
    {
        var collection = _inner.Get(testClass);
        if (collection.DisableParallelization || !_aloneCollections.Value.Contains(collection.UniqueID))
        {
            return collection;
        }

        return _alone.GetOrAdd(collection.UniqueID, _ => new XunitTestCollection(
            collection.TestAssembly, collection.CollectionDefinition, disableParallelization: true, collection.TestCollectionDisplayName, collection.UniqueID));
    }

    private static IEnumerable<Type> CheckedClasses(Assembly assembly) =>
        Types(assembly).Where(type => type.IsClass && (!type.IsAbstract || type.IsSealed)
            && type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
                .Any(method => CheckedTest.Of(method, type) is { WantsToRunAlone: true }));

    private static Type[] Types(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>().ToArray();
        }
    }
}
