namespace LifetimeAssert.Docs.Tests;

/// <summary>
/// One example as a page shows it: the lines between <c>// begin-snippet: name</c> and <c>// end-snippet</c>, each part
/// without its common indentation. A snippet begun again (in the same file, or a later one by path) adds a part; the
/// page shows the parts separated by one empty line. Regions may nest: a line belongs to every snippet open around it,
/// and marker lines belong to none.
/// </summary>
/// <param name="Name">The name pages refer to.</param>
/// <param name="Parts">Each part's lines, dedented.</param>
/// <param name="Source">Where the first part begins, as <c>path:line</c>.</param>
internal sealed record Snippet(string Name, IReadOnlyList<IReadOnlyList<string>> Parts, string Source)
{
    /// <summary>The lines a page shows.</summary>
    public IReadOnlyList<string> Lines =>
        Parts.SelectMany((part, index) => index == 0 ? part : [string.Empty, .. part]).ToArray();

    /// <summary>Removes the indentation every non-empty line shares, and empty lines at either end.</summary>
    public static IReadOnlyList<string> Dedent(IEnumerable<string> lines)
    {
        var trimmed = lines.Select(l => l.TrimEnd()).SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse().ToArray();
        var indent = trimmed.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return trimmed.Select(l => l.Length == 0 ? l : l[indent..]).ToArray();
    }
}
