namespace LifetimeAssert;

/// <summary>Checks every setting up front and collects all problems, each with what to change.</summary>
internal static class LeakOptionsValidator
{
    /// <summary>Samples below this cannot tell steady growth from noise.</summary>
    internal const int MinimumSamples = 3;

    internal const int MaximumIterations = 100_000;

    public static List<string> Validate(
        int iterations,
        int warmup,
        int sampleEvery,
        long allowedGrowth,
        ProcessProbes judge,
        IReadOnlyList<Type?> trackedTypes,
        IReadOnlyList<string?> censusTypeNames,
        IReadOnlyList<Probe?> probes,
        bool saveDumpOnLeak = false)
    {
        var errors = new List<string>();
        if (iterations <= 0 || iterations > MaximumIterations)
        {
            errors.Add($"Iterations is {iterations}; it must be between 1 and {MaximumIterations}.");
        }

        if (warmup < 0)
        {
            errors.Add($"Warmup is {warmup}; it must be 0 or more.");
        }

        if (sampleEvery <= 0)
        {
            errors.Add($"SampleEvery is {sampleEvery}; it must be 1 or more.");
        }
        else if (iterations > 0)
        {
            ValidateSampling(iterations, sampleEvery, errors);
        }

        if (allowedGrowth < 0)
        {
            errors.Add($"AllowedGrowth is {allowedGrowth}; it must be 0 or more.");
        }

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
        if (censusTypeNames.Count > 0 && CensusProviderLocator.Find() is null)
        {
            errors.Add(CensusProviderLocator.MissingPackageMessage);
        }

        if (saveDumpOnLeak && HeapDumps.FindWriter() is null)
        {
            errors.Add(HeapDumps.MissingWriterMessage);
        }

        if (trackedTypes.Count == 0 && censusTypeNames.Count == 0 && probes.Count == 0 && judge == ProcessProbes.None)
        {
            errors.Add("Nothing is checked: track a type (Track<T>() or Track = [typeof(T)]), count one by name "
                + "(Census), add a probe (Probe(...)) or judge a process probe (Judge = ProcessProbes.Timers).");
        }

        return errors;
    }

    private const ProcessProbes AllProcessProbes =
        ProcessProbes.Timers | ProcessProbes.PendingWorkItems | ProcessProbes.FileDescriptors | ProcessProbes.HeapBytes;

    private static void ValidateSampling(int iterations, int sampleEvery, List<string> errors)
    {
        if (iterations % sampleEvery != 0)
        {
            var lower = iterations / sampleEvery * sampleEvery;
            var upper = lower + sampleEvery;
            var choices = lower >= MinimumSamples * sampleEvery ? $"{lower} or {upper}" : $"{upper}";
            errors.Add($"Iterations ({iterations}) must be a multiple of SampleEvery ({sampleEvery}): use {choices}.");
        }
        else if (iterations / sampleEvery < MinimumSamples)
        {
            errors.Add($"Iterations ({iterations}) with SampleEvery ({sampleEvery}) gives {iterations / sampleEvery} "
                + $"sample(s); at least {MinimumSamples} are needed: use Iterations = {MinimumSamples * sampleEvery} or more.");
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
