using LifetimeAssert.Files;

namespace LifetimeAssert.Reporting;

/// <summary>
/// Writes a failed check's files (report, chart) under the results folder, so CI keeps them with the run; readable by the
/// current user only. A file that cannot be written is left out with a note: the verdict and its report never depend on
/// the disk.
/// </summary>
internal static class ReportFiles
{
    /// <summary>Writes <paramref name="content"/> as <c>&lt;name&gt;&lt;extension&gt;</c>; returns the file for attaching, or null.</summary>
    /// <param name="name">The check's claimed file name (<see cref="ResultFiles.Claim"/>).</param>
    /// <param name="extension">Such as <c>.leak.txt</c>.</param>
    /// <param name="content">The file's text.</param>
    /// <param name="attachmentName">A short name for an attachment.</param>
    /// <param name="description">What the file is, in words.</param>
    /// <param name="mediaType">Its media type.</param>
    /// <param name="noteProblem">Told why, when the file could not be written.</param>
    public static ReportFile? Write(
        string name, string extension, string content, string attachmentName, string description, string mediaType, Action<string> noteProblem)
    {
        var path = ResultFiles.PathOf(name, extension);
        try
        {
            // Written even where the folder cannot be made private: a report says what the test's output says already.
            ResultFiles.EnsureFolder(out _);
            ResultFiles.WritePrivately(path, content);
            return new ReportFile(path, attachmentName, description, mediaType);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            noteProblem($"file not written: {path} ({description}): {e.Message}");
            return null;
        }
    }
}
