namespace LifetimeAssert.Files;

/// <summary>
/// Where a check's files go (its report, chart and heap dump): <c>TestResults/LifetimeAssert</c> under the test assembly's
/// folder, named after the test, so CI keeps them with the run.
/// </summary>
internal static class ResultFiles
{
    /// <summary>The folder the files go to.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestResults", "LifetimeAssert");

    /// <summary>The path of a file of the test: its name without the characters file names cannot hold, then <paramref name="extension"/>.</summary>
    public static string PathFor(string testName, string extension) =>
        Path.Combine(Folder, string.Concat(testName.Split(Path.GetInvalidFileNameChars()))) + extension;

    /// <summary>Creates the folder when it is missing; returns it.</summary>
    public static string EnsureFolder()
    {
        Directory.CreateDirectory(Folder);
        return Folder;
    }
}
