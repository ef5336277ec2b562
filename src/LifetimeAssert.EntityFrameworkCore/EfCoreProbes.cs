using Microsoft.EntityFrameworkCore;

namespace LifetimeAssert.EntityFrameworkCore;

/// <summary>Probes that count what Entity Framework Core keeps for the life of the process.</summary>
public static class EfCoreProbes
{
    /// <summary>
    /// The internal service providers EF Core has built and cached for the process: one per distinct set of singleton
    /// options. Code that configures each context with a new instance of a singleton option (for example
    /// <c>UseMemoryCache(new MemoryCache(...))</c> per context) adds one provider, with its model and query caches, per
    /// context, and none is ever released.
    /// </summary>
    /// <returns>A new process-wide probe named <c>EF Core internal service providers</c>.</returns>
    /// <exception cref="NotSupportedException">
    /// The EF Core version in use does not have the internal cache this probe reads (checked on EF Core 10); the message
    /// names the version.
    /// </exception>
    /// <remarks>
    /// EF Core does not expose the count, so the probe reads its internal <c>ServiceProviderCache</c>. Providers built
    /// for options with <c>EnableServiceProviderCaching(false)</c> or <c>UseInternalServiceProvider</c> are not in that
    /// cache and are not counted. The count is process-wide: run the test alone.
    /// </remarks>
    public static Probe InternalServiceProviders()
    {
        var cache = ServiceProviderCacheShape.Find();
        return Probe.Counter("EF Core internal service providers", () => cache.Count);
    }

    internal static string EfCoreVersion =>
        typeof(DbContext).Assembly.GetName().Version?.ToString() ?? "unknown";
}
