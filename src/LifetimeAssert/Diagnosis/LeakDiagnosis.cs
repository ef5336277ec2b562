using LifetimeAssert.Running;
using LifetimeAssert.Services;
using LifetimeAssert.Verdict;

namespace LifetimeAssert.Diagnosis;

/// <summary>
/// The step after a leak verdict and before the report: what holds each leaked object, and the heap dump the options
/// ask for. It runs inside the check, while nothing it tracked has been released and the test has not cleaned up, so a
/// dump written here holds the leaked objects.
/// </summary>
/// <param name="RetentionPaths">What holds a survivor of each leaking probe (empty when there is no leak or no path finder).</param>
/// <param name="Dump">What became of the dump, or null when none was asked for or there is no leak.</param>
internal sealed record LeakDiagnosis(IReadOnlyDictionary<RecordedProbe, RetentionPath> RetentionPaths, DumpOutcome? Dump)
{
    /// <summary>Diagnoses a decided check.</summary>
    /// <param name="decision">The verdict and each probe's judgement, in the order of <paramref name="probes"/>.</param>
    /// <param name="probes">The check's probes.</param>
    /// <param name="options">The check's options: whether they ask for a dump on a leak, and for attaching it.</param>
    /// <param name="fileName">The name the check's files get; the dump takes it.</param>
    /// <param name="services">The check's engine services.</param>
    public static LeakDiagnosis Of(CheckDecision decision, IReadOnlyList<RecordedProbe> probes, LeakOptions options, string fileName, EngineServices services)
    {
        var leaking = probes.Where((_, i) => decision.Probes[i].State == ProbeState.Leaking).ToArray();
        var paths = Diagnosis.RetentionPaths.Find(leaking, services.RetentionPaths);
        var dump = decision.Verdict == LeakVerdict.Leaking && options.SaveDumpOnLeak
            ? HeapDumps.Write(fileName, leaking.Select(p => p.Probe).ToArray(), services.DumpWriter, options.AttachDumpToResult)
            : null;
        return new LeakDiagnosis(paths, dump);
    }
}
