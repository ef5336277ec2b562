namespace LifetimeAssert;

/// <summary>Turns options into the probes of one check: tracked types and user probes judged, process probes as asked.</summary>
internal static class ProbeSlots
{
    public static ProbeSlot[] Create(LeakOptions options, TrackingScope scope)
    {
        var slots = new List<ProbeSlot>();
        foreach (var type in options.TrackedTypes)
        {
            slots.Add(new ProbeSlot(new TrackedTypeProbe(type, scope), judged: true, type));
        }

        if (options.CensusTypeNames.Count > 0)
        {
            var provider = CensusProviderLocator.Find()
                ?? throw new LeakConfigurationException([CensusProviderLocator.MissingPackageMessage]);
            slots.AddRange(provider.CreateProbes(options.CensusTypeNames).Select(p => new ProbeSlot(p, judged: true, null)));
        }

        slots.AddRange(options.Probes.Select(p => new ProbeSlot(p, judged: true, null)));
        Add(slots, options.Judge, ProcessProbes.Timers, Probe.ActiveTimers);
        Add(slots, options.Judge, ProcessProbes.PendingWorkItems, Probe.PendingWorkItems);
        Add(slots, options.Judge, ProcessProbes.FileDescriptors, Probe.OpenFileDescriptors);
        Add(slots, options.Judge, ProcessProbes.HeapBytes, Probe.GcHeapBytes);
        return [.. slots.OrderByDescending(s => s.Judged)];
    }

    private static void Add(List<ProbeSlot> slots, ProcessProbes judge, ProcessProbes which, Func<Probe> create) =>
        slots.Add(new ProbeSlot(create(), judged: (judge & which) != 0, null));
}
