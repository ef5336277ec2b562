namespace LifetimeAssert.Npgsql.Tests;

/// <summary>
/// Every Npgsql probe counts a shared pool or the whole server, so checks that judge them run alone: no other
/// test may open connections or prepare statements while they sample.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServerWide
{
    public const string Name = "Npgsql probes (server-wide)";
}
