namespace LifetimeAssert.HeapCensus;

/// <summary>
/// The heap census engine, registered with <c>[assembly: CensusProvider]</c>, which the core finds when this package is
/// referenced: it turns <c>Census</c> names into probes and finds retention paths for leaks (census probes and tracked
/// types alike), and writes the heap dump of a leaking check that asked for one (<c>SaveDumpOnLeak</c>).
/// </summary>
internal sealed class HeapCensusProvider : ICensusProvider, IRetentionPathFinder, IHeapDumpWriter, IAllocationTypeSampler
{
    /// <summary>
    /// Resolves every name now, before anything runs, so a name that matches no type fails the check at once with
    /// every problem listed and close names suggested.
    /// </summary>
    public IReadOnlyList<Probe> CreateProbes(IReadOnlyList<string> typeNames)
    {
        var probes = new List<Probe>();
        var errors = new List<string>();
        foreach (var name in typeNames)
        {
            if (name.Trim() == HeapGrowthProbe.Wildcard)
            {
                probes.Add(HeapGrowthProbe.HeapWide());
                continue;
            }

            if (NamespaceScope.Parse(name.Trim()) is { } scope)
            {
                if (scope.Problem() is { } problem)
                {
                    errors.Add(problem);
                }
                else
                {
                    probes.Add(HeapGrowthProbe.In(scope));
                }

                continue;
            }

            var (types, error) = CensusNames.Resolve(name);
            if (error is not null)
            {
                errors.Add(error);
            }
            else
            {
                probes.Add(new CensusProbe(name.Trim(), types));
            }
        }

        return errors.Count > 0 ? throw new LeakConfigurationException(errors) : probes;
    }

    public long HeapWalks => HeapSnapshotter.Walks;

    public IReadOnlyList<string?> FindPaths(IReadOnlyList<Probe> leaking) => RetentionPaths.Find(leaking);

    public void WriteHeapDump(string path) => HeapDumpWriter.Write(path);

    public IAllocationTypeSampling StartSampling() => AllocationSampling.Start();
}
