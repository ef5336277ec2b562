using LifetimeAssert.Services;
using LifetimeAssert.Settling;
using LifetimeAssert.Tracking;
using LifetimeAssert.Verdict;

namespace LifetimeAssert.Checks;

/// <summary>
/// The sweep's pipeline for one test that passed: read what its scope kept (every undisposed registration; at the
/// collect level, after a settle of three agreeing rounds, every survivor it expected collected) → decide
/// (<see cref="SweepRules"/>) → find what holds a survivor (the census package) → report. A test that registered
/// nothing to collect costs no collection; one whose objects are all gone after the first collection costs that one.
/// </summary>
internal static class SweepCheck
{
    private const int AgreeingRounds = 3;

    private static readonly IReadOnlyDictionary<SweepLeak, string> NoneHeld = new Dictionary<SweepLeak, string>();

    public static SweepReport Judge(TrackingScope scope, SweptTestFacts test, Lazy<EngineServices> services)
    {
        var undisposed = scope.Disposables.Undisposed();
        SweepLeak[] leaks = undisposed.Count == 0 && !(test.Level == SweepLevel.Collect && scope.HasWeakRegistrations)
            ? []
            : Undisposed(undisposed).Concat(Uncollected(scope, test.Level)).ToArray();
        var decision = SweepRules.Decide(new SweepRecord(leaks, test.ExpectedReason is not null, test.BaselinedTypes));
        return new SweepReport(test.Subject, test.Level, decision, test.ExpectedReason, HeldBy(scope, leaks, services));
    }

    private static IEnumerable<SweepLeak> Undisposed(List<DisposalRecord> undisposed) =>
        undisposed
            .GroupBy(r => (r.Type, Site: r.Site?.ToString(), r.IsLease))
            .Select(g => Leak(g.Key.Type, g.Key.Site, g.Key.IsLease ? SweepLeakKind.NeverReleased : SweepLeakKind.NeverDisposed, g.Count()));

    private static IEnumerable<SweepLeak> Uncollected(TrackingScope scope, SweepLevel level)
    {
        if (level != SweepLevel.Collect || !scope.HasWeakRegistrations)
        {
            return [];
        }

        long[] counts = [0], scratch = [0];
        var settled = GcSettler.Settle(read => read[0] = scope.WeakSurvivors().Count, counts, scratch, agreeingRounds: AgreeingRounds, settledAtZero: true);

        // A count that never settled still names what is alive now: each survivor is reported, never a pass by default.
        _ = settled;
        return scope.WeakSurvivors()
            .GroupBy(s => (s.Type, Site: s.Site?.ToString()))
            .Select(g => Leak(g.Key.Type, g.Key.Site, SweepLeakKind.StillAlive, g.Count()));
    }

    private static SweepLeak Leak(Type type, string? site, SweepLeakKind kind, int count) =>
        new(type.FullName ?? type.Name, TypeNames.Short(PublicFace(type)), site, kind, count);

    /// <summary>What holds a survivor of each leaked type that is still alive, when the census package finds it.</summary>
    private static IReadOnlyDictionary<SweepLeak, string> HeldBy(TrackingScope scope, IReadOnlyList<SweepLeak> leaks, Lazy<EngineServices> services)
    {
        var alive = leaks.Where(l => l.Kind == SweepLeakKind.StillAlive).ToArray();

        // The services (a search for the census package) are resolved only when a survivor is to be explained.
        if (alive.Length == 0 || services.Value.RetentionPaths is not { } finder)
        {
            return NoneHeld;
        }

        var types = scope.WeakSurvivors().Select(s => s.Type).Distinct().ToArray();
        try
        {
            var paths = finder.FindPaths(types.Select(t => (Probe)new TrackedTypeProbe(t, scope)).ToArray());
            var byType = types.Zip(paths).Where(p => p.Second is not null).ToDictionary(p => p.First.FullName ?? p.First.Name, p => p.Second!);
            return alive.Where(l => byType.ContainsKey(l.Type)).ToDictionary(l => l, l => byType[l.Type]);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return alive.ToDictionary(l => l, _ => $"unknown: the retention path lookup failed ({e.Message})");
        }
    }

    /// <summary>
    /// The type a report names: a hook's wrapper (<c>TrackedCommand</c> of the ADO.NET hooks) is named by the base type
    /// the user's code sees (<c>DbCommand</c>); the user's own types by themselves.
    /// </summary>
    private static Type PublicFace(Type type)
    {
        var face = type;
        while (face.BaseType is { } baseType && face.Assembly.IsDefined(typeof(LifetimeAssertComponentAttribute), inherit: false))
        {
            face = baseType;
        }

        return face;
    }
}
