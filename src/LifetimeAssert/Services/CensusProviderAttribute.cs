namespace LifetimeAssert;

/// <summary>
/// Registers an assembly's <see cref="ICensusProvider"/>: <c>[assembly: CensusProvider(typeof(MyCensusProvider))]</c>.
/// The engine looks for it when a check names <c>Census</c> types or finds a leak (for retention paths), first in the
/// loaded assemblies, then in the application's other assemblies (read without loading them; the one that carries the
/// attribute is then loaded), so referencing the package is enough: no type of it needs to be touched.
/// </summary>
/// <param name="providerType">
/// A class implementing <see cref="ICensusProvider"/> (and optionally <see cref="IRetentionPathFinder"/>) with a
/// parameterless constructor, which may be non-public.
/// </param>
/// <remarks>One provider per process: when several assemblies carry the attribute, the first loaded one wins.</remarks>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class CensusProviderAttribute(Type providerType) : Attribute
{
    /// <summary>The provider class.</summary>
    public Type ProviderType { get; } = providerType ?? throw new ArgumentNullException(nameof(providerType));
}
