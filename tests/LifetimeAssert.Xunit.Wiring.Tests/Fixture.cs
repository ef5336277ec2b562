namespace LifetimeAssert.Xunit.Wiring.Tests;

/// <summary>What building a fixture made: its assembly, and the build's output (where the analyzer's diagnostics are).</summary>
internal sealed record FixtureBuild(string Assembly, string Output);

/// <summary>One fixture project of tests/Wiring (the folder <paramref name="folder"/>), built against this run's feed.</summary>
internal sealed class Fixture(string folder, string repositoryRoot, string configuration, string output)
{
    private string Name => $"Wiring.{folder}";

    public async Task<FixtureBuild> BuildAsync(LocalFeed feed)
    {
        var project = Path.Combine(repositoryRoot, "tests", "Wiring", folder, Name + ".csproj");

        // --no-dependencies and RestoreRecursive=false: the ProjectReference fixtures use src as the solution build left
        // it; building or restoring src (whose restore would take in the feed) could change files other tests use.
        var build = await Dotnet.RunAsync(
            repositoryRoot,
            "build", project, "-c", configuration, "-nologo", "-nodeReuse:false", "--no-dependencies",
            "-p:RestoreRecursive=false", $"-p:WiringOutput={output}",
            $"-p:LifetimeAssertVersion={feed.Version}", $"-p:RestoreAdditionalProjectSources={feed.Folder}");
        Assert.True(build.Succeeded, $"{folder}: the fixture did not build.\n{build}");

        var assembly = Directory.EnumerateFiles(Path.Combine(output, "bin"), Name + ".dll", SearchOption.AllDirectories).Single();
        return new FixtureBuild(assembly, build.Output);
    }
}
