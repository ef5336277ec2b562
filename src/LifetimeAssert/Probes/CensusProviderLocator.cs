namespace LifetimeAssert;

/// <summary>Finds the census provider an assembly registered with <see cref="CensusProviderAttribute"/>.</summary>
internal static class CensusProviderLocator
{
    internal const string MissingPackageMessage =
        "Census needs the heap census engine, which is in the LifetimeAssert.HeapCensus package: add "
        + "<PackageReference Include=\"LifetimeAssert.HeapCensus\" /> to the test project, or track the type "
        + "instead (Track<T>() with LifetimeTracker.Track or provider hooks).";

    /// <summary>A new instance of the registered provider, or null when no assembly of the application registers one.</summary>
    /// <exception cref="InvalidOperationException">The registered type is no <see cref="ICensusProvider"/> or cannot be created.</exception>
    public static ICensusProvider? Find()
    {
        if (CensusProviderAssemblies.FindProviderType() is not { } type)
        {
            return null;
        }

        return Activator.CreateInstance(type, nonPublic: true) as ICensusProvider
            ?? throw new InvalidOperationException(
                $"[assembly: CensusProvider(typeof({type.FullName}))] in {type.Assembly.GetName().Name} names a type that does not implement {nameof(ICensusProvider)}.");
    }
}
