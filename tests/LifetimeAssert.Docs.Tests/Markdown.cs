using System.Text.RegularExpressions;

namespace LifetimeAssert.Docs.Tests;

/// <summary>What the checks read from a Markdown page: its fenced code blocks and snippet markers.</summary>
internal static partial class Markdown
{
    /// <summary>The fenced code blocks (``` or ~~~), in order.</summary>
    public static IReadOnlyList<CodeBlock> CodeBlocks(IReadOnlyList<string> lines)
    {
        var blocks = new List<CodeBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Fence().Match(lines[i]) is not { Success: true } open)
            {
                continue;
            }

            var fence = open.Groups["fence"].Value;
            var close = i + 1;
            while (close < lines.Count && !IsClosing(lines[close], fence))
            {
                close++;
            }

            var marker = i > 0 && MarkerLine().Match(lines[i - 1].Trim()) is { Success: true } m ? m.Groups["name"].Value : null;
            blocks.Add(new CodeBlock(open.Groups["info"].Value, open.Groups["indent"].Length, i, close, marker));
            i = close;
        }

        return blocks;
    }

    /// <summary>The indexes of the lines inside fenced code blocks (fences included).</summary>
    public static ISet<int> CodeLines(IReadOnlyList<string> lines) =>
        CodeBlocks(lines).SelectMany(b => Enumerable.Range(b.Fence, b.Close - b.Fence + 1)).ToHashSet();

    /// <summary>The snippet markers of a page: the index of each marker line and the name it gives.</summary>
    public static IEnumerable<(int Line, string Name)> Markers(IReadOnlyList<string> lines) =>
        lines.Select((line, index) => (index, MarkerLine().Match(line.Trim())))
            .Where(m => m.Item2.Success)
            .Select(m => (m.index, m.Item2.Groups["name"].Value));

    public static string MarkerFor(string name) => $"<!-- snippet: {name} -->";

    private static bool IsClosing(string line, string fence)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]);
    }

    [GeneratedRegex(@"^(?<indent> *)(?<fence>`{3,}|~{3,})\s*(?<info>[^\s`]*)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^<!-- snippet: (?<name>[A-Za-z0-9_.-]+) -->$")]
    private static partial Regex MarkerLine();
}
