namespace LifetimeAssert.Scenarios;

/// <summary>
/// Misconfigured checks (issue 19, part 9), the same in every front end's scenario assembly: each must fail naming the
/// option before its body's first run. Their bodies record that they ran (<see cref="BodyRuns"/>) and then throw — a
/// body that ran first would hide the misconfiguration behind its own exception. <see cref="Control"/> is a valid check
/// with the same body: its record proves the recording reaches the test.
/// </summary>
public static class Misconfigured
{
    /// <summary>The valid check whose body records and throws: it must run, once, and fail with its own exception.</summary>
    public const string Control = "Configured_BodyRecordsAndThrows";

    /// <summary>Each misconfigured scenario (its method's name) and a problem its failure must name.</summary>
    public static IReadOnlyList<(string Scenario, string Problem)> Cases { get; } =
    [
        ("Misconfigured_IterationsZero", "Iterations is 0; it must be between 1 and 100000."),
        ("Misconfigured_IterationsNotMultiple", "Iterations (13) must be a multiple of SampleEvery (2): use 12 or 14."),
        ("Misconfigured_SampleEveryZero", "SampleEvery is 0; it must be 1 or more."),
        ("Misconfigured_WarmupNegative", "Warmup is -1; it must be between 0 and 10000."),
        ("Misconfigured_AllowedGrowthNegative", "AllowedGrowth is -1; it must be 0 or more."),
        ("Misconfigured_TrackValueType", "Track<Int32>: Int32 is a value type"),
        ("Misconfigured_TrackOpenGeneric", "Track<List`1>: open generic types cannot be tracked"),
        ("Misconfigured_CensusEmpty", "Census has an empty type name"),

        // These assemblies do not reference LifetimeAssert.HeapCensus, so an unknown name is refused for the package it
        // needs; LifetimeAssert.Server.Scenarios, which does, refuses it for the name.
        ("Misconfigured_CensusUnknown", "Census needs the heap census engine, which is in the LifetimeAssert.HeapCensus package"),
        ("Misconfigured_TimeBudgetZero", "TimeBudget (TimeBudgetSeconds on the attribute) is 0 s"),
        ("Misconfigured_Allocations_IterationsZero", "Iterations is 0; it must be between 1 and 100000."),
        ("Misconfigured_Allocations_WarmupNegative", "Warmup is -1; it must be between 0 and 10000."),
        ("Misconfigured_Allocations_BudgetZero", "MaxBytesPerRun is 0; it must be 1 or more (bytes allocated per run)."),
        ("Misconfigured_Allocations_TimeBudgetZero", "TimeBudget (TimeBudgetSeconds on the attribute) is 0 s"),
        ("Misconfigured_Allocations_BesideValidLeakCheck", "MaxBytesPerRun is 0; it must be 1 or more (bytes allocated per run)."),
    ];

    /// <summary>The body of every misconfigured scenario and of <see cref="Control"/>: records the run, then throws.</summary>
    /// <param name="scenario">The scenario's name.</param>
    public static void Body(string scenario)
    {
        BodyRuns.Record(scenario);
        throw new InvalidOperationException($"{scenario}: the body ran.");
    }
}
