using LifetimeAssert.Services;

namespace LifetimeAssert.Configuration;

/// <summary>Checks every setting up front and collects all problems, each with what to change.</summary>
internal static class LeakOptionsValidator
{
    internal const string MissingCensusMessage =
        "Census needs the heap census engine, which is in the LifetimeAssert.HeapCensus package: add "
        + "<PackageReference Include=\"LifetimeAssert.HeapCensus\" /> to the test project, or track the type "
        + "instead (Track<T>() with LifetimeTracker.Track or provider hooks).";

    internal const string MissingDumpWriterMessage =
        "SaveDumpOnLeak needs the dump writer, which is in the LifetimeAssert.HeapCensus package: add "
        + "<PackageReference Include=\"LifetimeAssert.HeapCensus\" /> to the test project, or remove SaveDumpOnLeak.";

    /// <summary>The problems of the settings only a leak check has (Iterations and Warmup are checked by its builder's base).</summary>
    public static List<string> Validate(
        int iterations,
        int sampleEvery,
        long allowedGrowth,
        ProcessProbes judge,
        IReadOnlyList<Type?> trackedTypes,
        IReadOnlyList<string?> censusTypeNames,
        IReadOnlyList<Probe?> probes,
        bool saveDumpOnLeak,
        EngineServices services)
    {
        var errors = OptionRules.SampleEveryProblems(iterations, sampleEvery).Select(p => p.Message).ToList();
        AddIf(errors, OptionRules.AllowedGrowthProblem(allowedGrowth));
        AddIf(errors, OptionRules.EntriesProblem("Track", trackedTypes.OfType<Type>().Distinct().Count()));
        AddIf(errors, OptionRules.EntriesProblem("Census", censusTypeNames.OfType<string>().Distinct(StringComparer.Ordinal).Count()));
        AddIf(errors, OptionRules.EntriesProblem("Probes", probes.Count));

        if ((judge & ~AllProcessProbes) != 0)
        {
            errors.Add($"Judge has unknown flags ({(int)judge}); use the values of {nameof(ProcessProbes)}.");
        }

        foreach (var type in trackedTypes)
        {
            var problem = TrackedTypeProblem(type);
            if (problem is not null)
            {
                errors.Add(problem);
            }
        }

        foreach (var name in censusTypeNames)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add("Census has an empty type name; give a full name such as \"Npgsql.PreparedStatement\".");
            }
        }

        ValidateProbes(probes, errors);
        if (censusTypeNames.Count > 0 && services.Census is null)
        {
            errors.Add(MissingCensusMessage);
        }
        else if (services.Census is { } census && censusTypeNames.Count > 0 && censusTypeNames.All(n => !string.IsNullOrWhiteSpace(n)))
        {
            // The provider resolves every name now, so an unknown one is refused before the body runs; its probes are
            // dropped (a check creates its own).
            errors.AddRange(CensusNameProblems(census, censusTypeNames!));
        }

        if (saveDumpOnLeak && services.DumpWriter is null)
        {
            errors.Add(MissingDumpWriterMessage);
        }

        if (trackedTypes.Count == 0 && censusTypeNames.Count == 0 && probes.Count == 0 && judge == ProcessProbes.None)
        {
            errors.Add("Nothing is checked: track a type (Track<T>() or Track = [typeof(T)]), count one by name "
                + "(Census), add a probe (Probe(...)) or judge a process probe (Judge = ProcessProbes.Timers).");
        }

        return errors;
    }

    private static void AddIf(List<string> errors, string? problem)
    {
        if (problem is not null)
        {
            errors.Add(problem);
        }
    }

    private const ProcessProbes AllProcessProbes =
        ProcessProbes.Timers | ProcessProbes.PendingWorkItems | ProcessProbes.FileDescriptors | ProcessProbes.HeapBytes;

    private static IReadOnlyList<string> CensusNameProblems(ICensusProvider census, IReadOnlyList<string> names)
    {
        try
        {
            census.CreateProbes(names);
            return [];
        }
        catch (LeakConfigurationException e)
        {
            return e.Errors;
        }
    }

    private static void ValidateProbes(IReadOnlyList<Probe?> probes, List<string> errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var probe in probes)
        {
            if (probe is null)
            {
                errors.Add("Probe(null) was given; pass a probe such as Probe.Counter(\"name\", () => value).");
            }
            else if (!names.Add(probe.Name))
            {
                errors.Add($"Two probes are named \"{probe.Name}\"; give each probe a unique name.");
            }
        }
    }

    private static string? TrackedTypeProblem(Type? type)
    {
        if (type is null)
        {
            return "Track has a null type; remove it or name a reference type.";
        }

        if (type.IsValueType)
        {
            return $"Track<{type.Name}>: {type.Name} is a value type; every boxed copy is a new object, so track "
                + "the reference type that owns it.";
        }

        if (type.ContainsGenericParameters)
        {
            return $"Track<{type.Name}>: open generic types cannot be tracked; name a closed type such as List<int>.";
        }

        if (type.IsAbstract && type.IsSealed)
        {
            return $"Track<{type.Name}>: {type.Name} is a static class and has no instances.";
        }

        if (type.IsPointer || type.IsByRef)
        {
            return $"Track<{type.Name}>: pointers and by-ref types are not objects; name a class or interface.";
        }

        return null;
    }
}
