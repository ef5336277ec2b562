namespace LifetimeAssert.EntityFrameworkCore.Tests;

/// <summary>
/// Checks of process-wide counts (EF's internal service providers, the PostgreSQL server's prepared statements) run
/// alone: no other test may build EF providers or prepare statements while they sample.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWide
{
    public const string Name = "EF Core process-wide counts";
}
