namespace LifetimeAssert.HeapCensus.Tests;

/// <summary>
/// The census counts the whole process: a test running beside a census check would be counted with it, and two
/// heap walks cannot run at once. Every census test is in this collection, which runs alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CensusCollection
{
    public const string Name = "heap census (process-wide)";
}
