namespace LifetimeAssert;

/// <summary>
/// Writes a failed check's report and chart next to the test results, so CI keeps them with the run. Framework
/// adapters call it and attach the files where their framework supports attachments.
/// </summary>
internal static class ReportFiles
{
    /// <summary>The folder the files go to: <c>TestResults/LifetimeAssert</c> under the test assembly's folder.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestResults", "LifetimeAssert");

    /// <summary>Writes <c>&lt;name&gt;.leak.txt</c> and <c>&lt;name&gt;.leak.svg</c>; returns their paths.</summary>
    public static (string Text, string Chart) Write(LeakReport report, string testName)
    {
        Directory.CreateDirectory(Folder);
        var text = PathFor(testName, ".leak.txt");
        var chart = PathFor(testName, ".leak.svg");
        File.WriteAllText(text, report.ToString());
        File.WriteAllText(chart, report.ToSvg());
        return (text, chart);
    }

    /// <summary>The path of a file of the test in <see cref="Folder"/>: its name without the characters file names cannot hold, then <paramref name="extension"/>.</summary>
    public static string PathFor(string testName, string extension) =>
        Path.Combine(Folder, string.Concat(testName.Split(Path.GetInvalidFileNameChars()))) + extension;

    /// <summary>Writes <c>&lt;name&gt;.allocations.txt</c>; returns its path.</summary>
    public static string Write(AllocationReport report, string testName)
    {
        Directory.CreateDirectory(Folder);
        var text = PathFor(testName, ".allocations.txt");
        File.WriteAllText(text, report.ToString());
        return text;
    }
}
