namespace LifetimeAssert;

/// <summary>Counts the live objects of one type registered in the check's own tracking scope.</summary>
internal sealed class TrackedTypeProbe(Type type, TrackingScope scope) : Probe(TypeNames.Short(type), isProcessWide: false)
{
    public Type Type { get; } = type;

    protected internal override long Sample() => scope.CountLive(Type);

    public List<CreationSite> Sites() => scope.SitesOfSurvivors(Type);

    /// <summary>Counted objects that were collected without being disposed.</summary>
    public long CollectedUndisposed() => scope.Disposables.CountCollectedUndisposed(Type);
}
