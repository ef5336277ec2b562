using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using static LifetimeAssert.EntityFrameworkCore.Tests.Verdicts;

namespace LifetimeAssert.EntityFrameworkCore.Tests;

/// <summary>EF caches one internal service provider per distinct set of singleton options, for the life of the process.</summary>
[Collection(ProcessWide.Name)]
public sealed class InternalServiceProviderTests : IDisposable
{
    private const string ProbeName = "EF Core internal service providers";

    private readonly SqliteShop _shop = new();

    public void Dispose() => _shop.Dispose();

    [Fact]
    public async Task A_memory_cache_per_context_adds_a_provider_per_context()
    {
        var report = await Leak.CheckAsync(() => { CountWithMemoryCachePerContext(); }, o => o.Probe(EfCoreProbes.InternalServiceProviders()).RunsAlone(), Ct);

        AssertLeaking(report, ProbeName);
    }

    [Fact]
    public async Task Options_built_per_context_without_a_new_singleton_option_add_none()
    {
        var report = await Leak.CheckAsync(() => { CountWithOptionsPerContext(); }, o => o.Probe(EfCoreProbes.InternalServiceProviders()).RunsAlone(), Ct);

        AssertPassed(report, ProbeName);
    }

    [Fact]
    public void The_probe_counts_providers_already_built()
    {
        var before = EfCoreProbes.InternalServiceProviders();

        Assert.Equal(ProbeName, before.Name);
        Assert.True(before.IsProcessWide);
    }

    private int CountWithMemoryCachePerContext()
    {
        var options = new DbContextOptionsBuilder<ShopContext>()
            .UseSqlite(_shop.ConnectionString)
            .UseMemoryCache(new MemoryCache(new MemoryCacheOptions()))
            .ConfigureWarnings(EfWarnings.AllowManyServiceProviders)
            .AddLifetimeTracking()
            .Options;
        using var context = new ShopContext(options);
        return context.Items.Count();
    }

    private int CountWithOptionsPerContext()
    {
        var options = new DbContextOptionsBuilder<ShopContext>().UseSqlite(_shop.ConnectionString).AddLifetimeTracking().Options;
        using var context = new ShopContext(options);
        return context.Items.Count();
    }
}
