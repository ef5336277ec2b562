using System.Data.Common;
using LifetimeAssert.Data;
using Microsoft.Extensions.DependencyInjection;

namespace LifetimeAssert.WebExample.Scenarios;

/// <summary>
/// Puts the ADO.NET hooks on the app's own data source, in the test only: the registered DbDataSource is replaced by
/// the same one through <c>WithLifetimeTracking()</c>, so every connection, command and reader the app's repositories
/// get from it is registered with the running check.
/// </summary>
public static class TrackedDataSourceRegistration
{
    public static IServiceCollection TrackDataSource(this IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(DbDataSource));
        services.Remove(original);

        // The container owns the tracked data source; disposing it disposes the app's.
        services.AddSingleton<DbDataSource>(provider => Create(original, provider).WithLifetimeTracking());
        return services;
    }

    private static DbDataSource Create(ServiceDescriptor original, IServiceProvider provider) =>
        (DbDataSource)(original.ImplementationInstance
            ?? original.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!));
}
