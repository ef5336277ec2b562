using LifetimeAssert.Running;

namespace LifetimeAssert.Diagnosis;

/// <summary>
/// The retention paths of a check's leaking probes, from the engine's path finder (the census package). Looked up only
/// for a leak: it costs a heap snapshot with every reference. A failure to find them never changes the verdict.
/// </summary>
internal static class RetentionPaths
{
    public static IReadOnlyDictionary<RecordedProbe, RetentionPath> Find(IReadOnlyList<RecordedProbe> leaking, IRetentionPathFinder? finder)
    {
        if (leaking.Count == 0 || finder is null)
        {
            return new Dictionary<RecordedProbe, RetentionPath>();
        }

        try
        {
            var paths = finder.FindPaths(leaking.Select(s => s.Probe).ToArray());
            return leaking.Zip(paths).ToDictionary(p => p.First, p => new RetentionPath(p.Second, null));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return leaking.ToDictionary(s => s, _ => new RetentionPath(null, e.Message));
        }
    }
}
