using LifetimeAssert.Tracking;

namespace LifetimeAssert;

/// <summary>
/// The probe of a tracked type (<c>Track&lt;T&gt;()</c>): counts the live objects of <see cref="Type"/> registered in the
/// check's own tracking scope, plus those registered with their disposal and collected undisposed. The engine creates
/// it; an <see cref="IRetentionPathFinder"/> reads <see cref="Type"/> to know which heap objects the leak consists of.
/// </summary>
public sealed class TrackedTypeProbe : Probe
{
    private readonly TrackingScope _scope;

    internal TrackedTypeProbe(Type type, TrackingScope scope)
        : base(TypeNames.Short(type), isProcessWide: false)
    {
        Type = type;
        _scope = scope;
    }

    /// <summary>The tracked type; instances of derived types count too.</summary>
    public Type Type { get; }

    /// <summary>Reads the count of live registered instances.</summary>
    /// <returns>The count.</returns>
    protected internal override long Sample() => _scope.CountLive(Type);

    internal List<CreationSite> Sites() => _scope.SitesOfSurvivors(Type);

    /// <summary>Counted objects that were collected without being disposed.</summary>
    internal long CollectedUndisposed() => _scope.Disposables.CountCollectedUndisposed(Type);
}
