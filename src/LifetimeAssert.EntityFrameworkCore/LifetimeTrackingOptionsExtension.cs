using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LifetimeAssert.EntityFrameworkCore;

/// <summary>
/// Adds <see cref="ContextLifetime"/> to EF's internal service provider as a scoped interceptor and resettable service:
/// one per context, created when EF builds the context's services, disposed with them.
/// </summary>
internal sealed class LifetimeTrackingOptionsExtension : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? _info;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
        services.AddScoped<ContextLifetime>();

        // EF collects every IInterceptor of the internal provider when it builds a context's services, which is what
        // creates ContextLifetime for each context; IResettableService tells it when a pooled context is returned.
        services.AddScoped<IInterceptor>(provider => provider.GetRequiredService<ContextLifetime>());
        services.AddScoped<IResettableService>(provider => provider.GetRequiredService<ContextLifetime>());
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "LifetimeAssert tracking ";

        // No settings: every context with tracking shares one internal service provider.
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["LifetimeAssert:LifetimeTracking"] = "1";
    }
}
