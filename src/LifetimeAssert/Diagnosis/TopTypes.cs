namespace LifetimeAssert.Diagnosis;

/// <summary>What sampling the top allocating types of an over-budget check found; the report says it in words.</summary>
internal abstract record TopTypes;

/// <summary>No package registers an allocation type sampler.</summary>
internal sealed record TopTypesSamplerMissing : TopTypes;

/// <summary>The sampler could not sample, for <paramref name="Reason"/> (its own words).</summary>
internal sealed record TopTypesNotSampled(string Reason) : TopTypes;

/// <summary>The body threw <paramref name="ExceptionType"/> on extra run <paramref name="Run"/>.</summary>
internal sealed record TopTypesBodyFailed(string ExceptionType, int Run, string Message) : TopTypes;

/// <summary>The sampled bytes per type over <paramref name="Runs"/> extra runs that allocated <paramref name="Allocated"/> bytes process-wide.</summary>
internal sealed record TopTypesSampled(IReadOnlyDictionary<string, long> Bytes, int Runs, long Allocated) : TopTypes;
