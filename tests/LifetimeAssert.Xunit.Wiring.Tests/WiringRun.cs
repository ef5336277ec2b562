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
    private readonly Lazy<Fixtures> _fixtures;

    public WiringRun()
    {
        _feed = new LocalFeed(Path.Combine(_work, "feed"));
        _fixtures = new(StartAll);
    }

    /// <summary>The results of <paramref name="mode"/>'s xUnit fixture; the first call of either method starts all fixtures.</summary>
    public Task<FixtureResults> ResultsAsync(WiringMode mode) => _fixtures.Value.Xunit[mode];

    /// <summary>The build output and results of <paramref name="mode"/>'s MSTest fixture.</summary>
    public Task<MSTestFixtureResults> ResultsAsync(MSTestWiringMode mode) => _fixtures.Value.MSTest[mode];

    public async ValueTask DisposeAsync()
    {
        if (_fixtures.IsValueCreated)
        {
            // Nothing may still be building or running in the folders about to be deleted; failures were reported.
            var all = _fixtures.Value.Xunit.Values.Cast<Task>().Concat(_fixtures.Value.MSTest.Values);
            await Task.WhenAll(all).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _feed.RemoveFromPackageCache();
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }

        _slots.Dispose();
    }

    private Fixtures StartAll()
    {
        // One pack for every fixture, xUnit and MSTest alike.
        var packed = _feed.PackAsync(_repositoryRoot, _configuration);
        return new Fixtures(
            Enum.GetValues<WiringMode>().ToDictionary(mode => mode, mode => BuildAndRunAsync(mode.ToString(), packed, async build =>
                new FixtureResults(mode, await XunitScenarioRun.For(build.Assembly).AllAsync()))),
            Enum.GetValues<MSTestWiringMode>().ToDictionary(mode => mode, mode => BuildAndRunAsync("MSTest" + mode, packed, async build =>
                new MSTestFixtureResults(mode, build.Output, await MSTestRun.RunAsync(build.Assembly)))));
    }

    private async Task<TResults> BuildAndRunAsync<TResults>(string folder, Task packed, Func<FixtureBuild, Task<TResults>> run)
    {
        await packed;
        await _slots.WaitAsync();
        try
        {
            var fixture = new Fixture(folder, _repositoryRoot, _configuration, Path.Combine(_work, folder));
            return await run(await fixture.BuildAsync(_feed));
        }
        finally
        {
            _slots.Release();
        }
    }

    private static string Metadata(string key) =>
        typeof(WiringRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private sealed record Fixtures(Dictionary<WiringMode, Task<FixtureResults>> Xunit, Dictionary<MSTestWiringMode, Task<MSTestFixtureResults>> MSTest);
}
