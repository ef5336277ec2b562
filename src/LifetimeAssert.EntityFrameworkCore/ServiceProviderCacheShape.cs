using System.Collections;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace LifetimeAssert.EntityFrameworkCore;

/// <summary>
/// Finds EF Core's process-wide cache of internal service providers: the static
/// <c>Microsoft.EntityFrameworkCore.Internal.ServiceProviderCache.Instance</c> and its private dictionary
/// <c>_configurations</c>, one entry per cached provider (EF Core 10).
/// </summary>
internal static class ServiceProviderCacheShape
{
    private const string TypeName = "Microsoft.EntityFrameworkCore.Internal.ServiceProviderCache";
    private const string FieldName = "_configurations";
    private const string CheckedOn = "10.0";

    /// <summary>The cache's dictionary, read as a collection; fails naming the EF Core version when its shape changed.</summary>
    public static ICollection Find()
    {
        var type = typeof(DbContext).Assembly.GetType(TypeName, throwOnError: false);
        var instance = type?.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
        var field = type?.GetField(FieldName, BindingFlags.NonPublic | BindingFlags.Instance);
        if (instance is null || field?.GetValue(instance) is not ICollection configurations)
        {
            throw new NotSupportedException(
                $"EfCoreProbes.InternalServiceProviders cannot count EF Core's internal service providers: {TypeName}.Instance.{FieldName} " +
                $"was not found in Microsoft.EntityFrameworkCore {EfCoreProbes.EfCoreVersion} (the probe was checked on EF Core {CheckedOn}). " +
                "Use a supported EF Core version, or count your own contexts' options instead.");
        }

        return configurations;
    }
}
