using System.Text.RegularExpressions;

namespace LifetimeAssert.Docs.Tests;

/// <summary>Reads the snippets of a folder's C# files (build output left out), in the order of their paths.</summary>
internal static partial class SnippetSource
{
    public const string EndMarker = "// end-snippet";

    /// <summary>The snippets by name, and what is wrong with the markers (an end without a begin, a region never ended).</summary>
    public static (IReadOnlyDictionary<string, Snippet> Snippets, IReadOnlyList<string> Problems) Read(string folder)
    {
        var parts = new Dictionary<string, List<IReadOnlyList<string>>>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(folder, f)))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Repository.Relative(file);
            ReadFile(name, File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'), parts, sources, problems);
        }

        var snippets = parts.ToDictionary(p => p.Key, p => new Snippet(p.Key, p.Value, sources[p.Key]), StringComparer.Ordinal);
        return (snippets, problems);
    }

    /// <summary>Adds the parts one file holds (its name for messages, its lines).</summary>
    public static void ReadFile(
        string file, IReadOnlyList<string> lines, Dictionary<string, List<IReadOnlyList<string>>> parts, Dictionary<string, string> sources, List<string> problems)
    {
        var open = new List<(string Name, int Line, List<string> Lines)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            if (Begin().Match(text) is { Success: true } begin)
            {
                open.Add((begin.Groups["name"].Value, i + 1, []));
            }
            else if (text == EndMarker)
            {
                if (open.Count == 0)
                {
                    problems.Add($"{file}:{i + 1}: {EndMarker} without a begin-snippet before it");
                    continue;
                }

                var (name, line, body) = open[^1];
                open.RemoveAt(open.Count - 1);
                if (!parts.TryGetValue(name, out var list))
                {
                    parts[name] = list = [];
                    sources[name] = $"{file}:{line}";
                }

                list.Add(Snippet.Dedent(body));
            }
            else
            {
                open.ForEach(region => region.Lines.Add(lines[i]));
            }
        }

        problems.AddRange(open.Select(region => $"{file}:{region.Line}: begin-snippet: {region.Name} is never ended ({EndMarker})"));
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0] is "bin" or "obj";

    [GeneratedRegex(@"^// begin-snippet: (?<name>[A-Za-z0-9_.-]+)$")]
    private static partial Regex Begin();
}
