using LifetimeAssert.Configuration;
using LifetimeAssert.Services;
using LifetimeAssert.Tracking;

namespace LifetimeAssert.Running;

/// <summary>Turns options into the probes of one check: tracked types and user probes judged, process probes as asked.</summary>
internal static class RecordedProbes
{
    public static RecordedProbe[] Create(LeakOptions options, TrackingScope scope, EngineServices services)
    {
        var probes = new List<RecordedProbe>();
        foreach (var type in options.TrackedTypes)
        {
            probes.Add(new RecordedProbe(new TrackedTypeProbe(type, scope), judged: true, type));
        }

        if (options.CensusTypeNames.Count > 0)
        {
            var provider = services.Census ?? throw new LeakConfigurationException([LeakOptionsValidator.MissingCensusMessage]);
            probes.AddRange(provider.CreateProbes(options.CensusTypeNames).Select(p => new RecordedProbe(p, judged: true, null)));
        }

        probes.AddRange(options.Probes.Select(p => new RecordedProbe(p, judged: true, null)));
        Add(probes, options.Judge, ProcessProbes.Timers, Probe.ActiveTimers);
        Add(probes, options.Judge, ProcessProbes.PendingWorkItems, Probe.PendingWorkItems);
        Add(probes, options.Judge, ProcessProbes.FileDescriptors, Probe.OpenFileDescriptors);
        Add(probes, options.Judge, ProcessProbes.HeapBytes, Probe.GcHeapBytes);
        return [.. probes.OrderByDescending(s => s.Judged)];
    }

    private static void Add(List<RecordedProbe> probes, ProcessProbes judge, ProcessProbes which, Func<Probe> create) =>
        probes.Add(new RecordedProbe(create(), judged: (judge & which) != 0, null));
}
