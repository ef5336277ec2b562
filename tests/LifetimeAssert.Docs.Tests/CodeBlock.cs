namespace LifetimeAssert.Docs.Tests;

/// <summary>A fenced code block of a page.</summary>
/// <param name="Language">The info string's first word (<c>csharp</c>), or empty.</param>
/// <param name="Indent">The fence's indentation, which its lines share (a block inside a list item).</param>
/// <param name="Fence">The index of the opening fence line.</param>
/// <param name="Close">The index of the closing fence line (the page's end when it is never closed).</param>
/// <param name="Marker">The snippet the line before the fence names (<c>&lt;!-- snippet: name --&gt;</c>), or null.</param>
internal sealed record CodeBlock(string Language, int Indent, int Fence, int Close, string? Marker)
{
    /// <summary>The block's lines without the fence's indentation and without the indentation they all share.</summary>
    public IReadOnlyList<string> Content(IReadOnlyList<string> pageLines) =>
        Snippet.Dedent(pageLines.Skip(Fence + 1).Take(Close - Fence - 1).Select(l => Unindent(l, Indent)));

    private static string Unindent(string line, int indent)
    {
        var spaces = line.Length - line.TrimStart(' ').Length;
        return line[Math.Min(spaces, indent)..];
    }
}
