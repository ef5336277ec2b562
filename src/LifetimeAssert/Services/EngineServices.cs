namespace LifetimeAssert.Services;

/// <summary>
/// The optional engine parts another package provides (the census engine, which also finds retention paths, writes
/// heap dumps and samples allocated types), resolved once per check and handed down to each step that uses one.
/// </summary>
/// <param name="Census">Counts types by name, or null when no package registers a census provider.</param>
/// <param name="RetentionPaths">Finds what holds a leaked object, or null.</param>
/// <param name="DumpWriter">Writes a heap dump, or null.</param>
/// <param name="AllocationTypes">Samples the types a body allocates, or null.</param>
internal sealed record EngineServices(
    ICensusProvider? Census, IRetentionPathFinder? RetentionPaths, IHeapDumpWriter? DumpWriter, IAllocationTypeSampler? AllocationTypes)
{
    /// <summary>No optional part: what a check has when no package registers a provider.</summary>
    public static EngineServices None { get; } = new(null, null, null, null);

    /// <summary>The parts of the registered provider: a new instance of it, or <see cref="None"/>.</summary>
    /// <exception cref="InvalidOperationException">The registered type is no <see cref="ICensusProvider"/> or cannot be created.</exception>
    public static EngineServices Resolve()
    {
        if (CensusProviderAssemblies.FindProviderType() is not { } type)
        {
            return None;
        }

        var provider = Activator.CreateInstance(type, nonPublic: true) as ICensusProvider
            ?? throw new InvalidOperationException(
                $"[assembly: CensusProvider(typeof({type.FullName}))] in {type.Assembly.GetName().Name} names a type that does not implement {nameof(ICensusProvider)}.");
        return new(provider, provider as IRetentionPathFinder, provider as IHeapDumpWriter, provider as IAllocationTypeSampler);
    }
}
