namespace LifetimeAssert.Docs.Tests;

/// <summary>
/// Holds a page's C# blocks to the snippets: each <c>```csharp</c> block must follow a line
/// <c>&lt;!-- snippet: name --&gt;</c> and show that snippet's lines exactly (indentation shared by all lines aside).
/// Other languages are not checked.
/// </summary>
internal static class SnippetCheck
{
    public const string Language = "csharp";

    /// <summary>What is wrong with one page's blocks and markers, each naming the page and line.</summary>
    public static IEnumerable<string> Problems(string page, IReadOnlyList<string> lines, IReadOnlyDictionary<string, Snippet> snippets)
    {
        var blocks = Markdown.CodeBlocks(lines);
        foreach (var block in blocks.Where(b => b.Language == Language))
        {
            var at = $"{page}:{block.Fence + 1}";
            if (block.Marker is null)
            {
                yield return $"{at}: a {Language} block without a {Markdown.MarkerFor("<name>")} line right before it";
            }
            else if (!snippets.TryGetValue(block.Marker, out var snippet))
            {
                yield return $"{at}: the block names snippet '{block.Marker}', which no file of tests/LifetimeAssert.Docs.Snippets defines";
            }
            else if (FirstDifference(block.Content(lines), snippet.Lines) is { } difference)
            {
                yield return $"{at}: the block differs from snippet '{snippet.Name}' ({snippet.Source}) at its line {difference.Line}:\n"
                    + $"    page:    {difference.Page ?? "(no line)"}\n    snippet: {difference.Snippet ?? "(no line)"}";
            }
        }

        var quoted = blocks.Where(b => b.Language == Language && b.Marker is not null).Select(b => b.Fence - 1).ToHashSet();
        foreach (var (line, name) in Markdown.Markers(lines).Where(m => !quoted.Contains(m.Line)))
        {
            yield return $"{page}:{line + 1}: the marker of snippet '{name}' is not right before a {Language} block";
        }
    }

    /// <summary>The first line (1-based) where two texts differ, with each side's line (null past its end); null when equal.</summary>
    public static (int Line, string? Page, string? Snippet)? FirstDifference(IReadOnlyList<string> page, IReadOnlyList<string> snippet)
    {
        for (var i = 0; i < Math.Max(page.Count, snippet.Count); i++)
        {
            var left = i < page.Count ? page[i] : null;
            var right = i < snippet.Count ? snippet[i] : null;
            if (left != right)
            {
                return (i + 1, left, right);
            }
        }

        return null;
    }

    /// <summary>The page with every marked C# block replaced by its snippet, at the block's indentation.</summary>
    public static IReadOnlyList<string> Update(IReadOnlyList<string> lines, IReadOnlyDictionary<string, Snippet> snippets)
    {
        var result = lines.ToList();
        var blocks = Markdown.CodeBlocks(lines).Where(b => b.Language == Language && b.Marker is not null && snippets.ContainsKey(b.Marker));

        // From the last block up, so the earlier blocks' line numbers still hold.
        foreach (var block in blocks.Reverse())
        {
            var indent = new string(' ', block.Indent);
            var replacement = snippets[block.Marker!].Lines.Select(l => l.Length == 0 ? l : indent + l);
            result.RemoveRange(block.Fence + 1, block.Close - block.Fence - 1);
            result.InsertRange(block.Fence + 1, replacement);
        }

        return result;
    }
}
