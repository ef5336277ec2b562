namespace LifetimeAssert;

/// <summary>Finds the heap census engine when the application references its package.</summary>
internal static class CensusProviderLocator
{
    internal const string ProviderTypeName = "LifetimeAssert.HeapCensus.HeapCensusProvider, LifetimeAssert.HeapCensus";

    internal const string MissingPackageMessage =
        "Census needs the heap census engine, which is in the LifetimeAssert.HeapCensus package: add "
        + "<PackageReference Include=\"LifetimeAssert.HeapCensus\" /> to the test project, or track the type "
        + "instead (Track<T>() with LifetimeTracker.Track or provider hooks).";

    public static ICensusProvider? Find()
    {
        var type = Type.GetType(ProviderTypeName, throwOnError: false);
        return type is null ? null : Activator.CreateInstance(type) as ICensusProvider;
    }
}
