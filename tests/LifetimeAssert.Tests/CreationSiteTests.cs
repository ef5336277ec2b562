using LifetimeAssert.Scenarios;
using Microsoft.Extensions.DependencyInjection;

namespace LifetimeAssert.Tests;

/// <summary>Creation sites name the user's code, not the library an object was created through.</summary>
public sealed class CreationSiteTests
{
    private static readonly List<Session> Kept = [];

    [Fact]
    public async Task An_object_resolved_through_dependency_injection_is_created_at_the_resolving_code()
    {
        using var services = new ServiceCollection().AddTransient<Session>().BuildServiceProvider();

        var report = await Leak.CheckAsync(() => Resolve(services), o => o.Track<Session>(), TestContext.Current.CancellationToken);

        var site = Assert.Single(report.Leaks).CreationSites[0].Site;
        Assert.Equal("CreationSiteTests.Resolve(ServiceProvider)", site.Method);
        Assert.EndsWith("CreationSiteTests.cs", site.File, StringComparison.Ordinal);
        Assert.DoesNotContain("ServiceProvider.GetService", site.ToString(), StringComparison.Ordinal);
    }

    private static void Resolve(ServiceProvider services)
    {
        lock (Kept)
        {
            Kept.Add(services.GetRequiredService<Session>());
        }
    }
}
