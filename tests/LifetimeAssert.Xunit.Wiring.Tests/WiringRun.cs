using System.Reflection;

[assembly: AssemblyFixture(typeof(LifetimeAssert.Xunit.Wiring.Tests.WiringRun))]

namespace LifetimeAssert.Xunit.Wiring.Tests;

/// <summary>
/// Once per test run: packs the packages into a fresh feed, builds and runs every fixture against it, and at the end
/// deletes all of it, including what restore put in the NuGet global packages folder.
/// </summary>
public sealed class WiringRun : IAsyncDisposable
{
    // At most two fixtures build and run at once: each dotnet build keeps a core busy, and CI has two.
    private readonly SemaphoreSlim _slots = new(2);
    private readonly string _work = Path.Combine(Path.GetTempPath(), $"lifetimeassert-wiring-{Guid.NewGuid():N}");
    private readonly string _repositoryRoot = Metadata("RepositoryRoot");
    private readonly string _configuration = Metadata("Configuration");
    private readonly LocalFeed _feed;
    private readonly Lazy<Dictionary<WiringMode, Task<FixtureResults>>> _fixtures;

    public WiringRun()
    {
        _feed = new LocalFeed(Path.Combine(_work, "feed"));
        _fixtures = new(StartAll);
    }

    /// <summary>The results of <paramref name="mode"/>'s fixture; the first call starts all of them.</summary>
    public Task<FixtureResults> ResultsAsync(WiringMode mode) => _fixtures.Value[mode];

    public async ValueTask DisposeAsync()
    {
        if (_fixtures.IsValueCreated)
        {
            // Nothing may still be building or running in the folders about to be deleted; failures were reported.
            await Task.WhenAll(_fixtures.Value.Values).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _feed.RemoveFromPackageCache();
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }

        _slots.Dispose();
    }

    private Dictionary<WiringMode, Task<FixtureResults>> StartAll()
    {
        var packed = _feed.PackAsync(_repositoryRoot, _configuration);
        return Enum.GetValues<WiringMode>().ToDictionary(mode => mode, mode => BuildAndRunAsync(mode, packed));
    }

    private async Task<FixtureResults> BuildAndRunAsync(WiringMode mode, Task packed)
    {
        await packed;
        await _slots.WaitAsync();
        try
        {
            var fixture = new Fixture(mode, _repositoryRoot, _configuration, Path.Combine(_work, mode.ToString()));
            return await fixture.BuildAndRunAsync(_feed);
        }
        finally
        {
            _slots.Release();
        }
    }

    private static string Metadata(string key) =>
        typeof(WiringRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
