namespace LifetimeAssert.Xunit.Wiring.Tests;

/// <summary>
/// This run's packages in a folder feed, under a version no other run uses: NuGet never hands a fixture a package
/// of the same version cached by an earlier run, and runs in parallel (Debug and Release) keep apart.
/// </summary>
internal sealed class LocalFeed(string folder)
{
    private const string VersionPrefix = "0.0.0-wiring.";
    private static readonly string[] Packages = ["LifetimeAssert", "LifetimeAssert.TestingPlatform", "LifetimeAssert.Xunit", "LifetimeAssert.MSTest"];

    public string Folder { get; } = folder;

    public string Version { get; } = $"{VersionPrefix}{DateTime.UtcNow:yyyyMMddHHmmssfff}.{Environment.ProcessId}";

    /// <summary>Packs the assemblies the solution build made; never builds, since other test processes may be using them.</summary>
    public async Task PackAsync(string repositoryRoot, string configuration)
    {
        // Nuspec files go beside the feed rather than into src/*/obj, and no restore runs: pack leaves src as it was.
        var nuspecs = Path.Combine(Folder, "nuspec") + Path.DirectorySeparatorChar;
        var packs = Packages.Select(package => Dotnet.RunAsync(
            repositoryRoot,
            "pack", Path.Combine("src", package, package + ".csproj"), "-c", configuration, "--no-build", "--no-restore",
            "-o", Folder, $"-p:PackageVersion={Version}", $"-p:NuspecOutputPath={nuspecs}", "-nologo"));
        foreach (var pack in await Task.WhenAll(packs))
        {
            Assert.True(pack.Succeeded, $"Packing failed (has the solution been built in {configuration}?)\n{pack}");
        }
    }

    /// <summary>
    /// Removes this run's packages from the NuGet global packages folder, where restoring the fixtures put them, and
    /// those of earlier runs that ended without cleaning up (killed) a day or more ago.
    /// </summary>
    public void RemoveFromPackageCache()
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var package in Packages.Select(p => Path.Combine(cache, p.ToLowerInvariant())).Where(Directory.Exists))
        {
            foreach (var version in Directory.EnumerateDirectories(package, VersionPrefix + "*"))
            {
                if (Path.GetFileName(version) == Version || Directory.GetLastWriteTimeUtc(version) < DateTime.UtcNow.AddDays(-1))
                {
                    Directory.Delete(version, recursive: true);
                }
            }

            // The package folder existed only for wiring runs: leave the cache as it was before them.
            if (!Directory.EnumerateFileSystemEntries(package).Any())
            {
                Directory.Delete(package);
            }
        }
    }
}
