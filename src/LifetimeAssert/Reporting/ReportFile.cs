namespace LifetimeAssert;

/// <summary>
/// A file a failed check wrote for its test's result (its report, chart or heap dump), with what a test framework needs to
/// attach it.
/// </summary>
/// <param name="Path">The full path of the file.</param>
/// <param name="Name">A short name for an attachment, such as <c>lifetimeassert-report</c>.</param>
/// <param name="Description">What the file is, in words.</param>
/// <param name="MediaType">Its media type, such as <c>text/plain</c>.</param>
/// <param name="IsLarge">True for a file too large to attach by content (a heap dump): attach its path.</param>
public sealed record ReportFile(string Path, string Name, string Description, string MediaType, bool IsLarge = false);
