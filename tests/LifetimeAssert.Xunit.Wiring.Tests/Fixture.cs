namespace LifetimeAssert.Xunit.Wiring.Tests;

/// <summary>One fixture project of tests/Wiring: built against this run's feed, then run by the xUnit v3 runner.</summary>
internal sealed class Fixture(WiringMode mode, string repositoryRoot, string configuration, string output)
{
    private string Name => $"Wiring.{mode}";

    public async Task<FixtureResults> BuildAndRunAsync(LocalFeed feed)
    {
        var project = Path.Combine(repositoryRoot, "tests", "Wiring", mode.ToString(), Name + ".csproj");

        // --no-dependencies and RestoreRecursive=false: the ProjectReference fixture uses src as the solution build left
        // it; building or restoring src (whose restore would take in the feed) could change files other tests use.
        var build = await Dotnet.RunAsync(
            repositoryRoot,
            "build", project, "-c", configuration, "-nologo", "-nodeReuse:false", "--no-dependencies",
            "-p:RestoreRecursive=false", $"-p:WiringOutput={output}",
            $"-p:LifetimeAssertVersion={feed.Version}", $"-p:RestoreAdditionalProjectSources={feed.Folder}");
        Assert.True(build.Succeeded, $"{mode}: the fixture did not build.\n{build}");

        var assembly = Directory.EnumerateFiles(Path.Combine(output, "bin"), Name + ".dll", SearchOption.AllDirectories).Single();
        return new FixtureResults(mode, await XunitScenarioRun.For(assembly).AllAsync());
    }
}
