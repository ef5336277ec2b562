namespace LifetimeAssert;

/// <summary>A creation site and how many surviving objects were created there.</summary>
/// <param name="Site">Where the objects were created.</param>
/// <param name="Survivors">How many of them were still alive after the confirmation settle.</param>
public sealed record SiteCount(CreationSite Site, int Survivors);
