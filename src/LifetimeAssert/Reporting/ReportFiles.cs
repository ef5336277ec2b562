using LifetimeAssert.Files;

namespace LifetimeAssert.Reporting;

/// <summary>Writes a failed check's files (report, chart) under the results folder, so CI keeps them with the run.</summary>
internal static class ReportFiles
{
    /// <summary>Writes <paramref name="content"/> as <c>&lt;test name&gt;&lt;extension&gt;</c>; returns the file for attaching.</summary>
    public static ReportFile Write(string testName, string extension, string content, string name, string description, string mediaType)
    {
        ResultFiles.EnsureFolder();
        var path = ResultFiles.PathFor(testName, extension);
        File.WriteAllText(path, content);
        return new ReportFile(path, name, description, mediaType);
    }
}
