using System.Text.RegularExpressions;

namespace LifetimeAssert.Docs.Tests;

/// <summary>
/// The links of a page and where they lead. Relative links (and absolute ones into this repository's main branch, which
/// package pages need) must name an existing file or folder, and an anchor on a Markdown page must be one of its
/// headings. Links to other sites are not followed; code blocks and code spans hold no links.
/// </summary>
internal static partial class Links
{
    /// <summary>Each link target of a page, with its line (1-based).</summary>
    public static IEnumerable<(int Line, string Target)> Of(IReadOnlyList<string> lines)
    {
        var code = Markdown.CodeLines(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            if (code.Contains(i))
            {
                continue;
            }

            // A code span's text is no link, and its brackets must not end a link's text early.
            var text = CodeSpan().Replace(lines[i], span => new string('x', span.Length));
            foreach (Match link in InlineLink().Matches(text))
            {
                yield return (i + 1, link.Groups["target"].Value.Trim('<', '>'));
            }

            foreach (Match link in Reference().Matches(text))
            {
                yield return (i + 1, link.Groups["target"].Value);
            }

            foreach (Match link in Href().Matches(text))
            {
                yield return (i + 1, link.Groups["target"].Value);
            }
        }
    }

    /// <summary>Why a link of <paramref name="page"/> leads nowhere, or null when it leads somewhere (or off this repository).</summary>
    public static string? Problem(string page, string target, Func<string, IReadOnlyList<string>?> readPage)
    {
        if (target.StartsWith(Repository.BlobUrl, StringComparison.Ordinal) || target.StartsWith(Repository.TreeUrl, StringComparison.Ordinal))
        {
            var prefix = target.StartsWith(Repository.BlobUrl, StringComparison.Ordinal) ? Repository.BlobUrl : Repository.TreeUrl;
            return ProblemOf(page, "", target[prefix.Length..], readPage);
        }

        if (Scheme().IsMatch(target))
        {
            return null;
        }

        if (page.StartsWith("src/", StringComparison.Ordinal) && !target.StartsWith('#'))
        {
            return $"a relative link on a package's README, which its package page cannot follow: link to {Repository.BlobUrl}<path>";
        }

        return ProblemOf(page, Path.GetDirectoryName(page)!.Replace('\\', '/'), target, readPage);
    }

    private static string? ProblemOf(string page, string folder, string target, Func<string, IReadOnlyList<string>?> readPage)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
        var anchor = hash < 0 ? null : Uri.UnescapeDataString(target[(hash + 1)..]);
        var file = path.Length == 0 ? page : Normalize(folder, path);
        if (file is null)
        {
            return "leads outside the repository";
        }

        if (path.Length > 0 && !File.Exists(Repository.FullPath(file)) && !Directory.Exists(Repository.FullPath(file)))
        {
            return $"{file} does not exist";
        }

        if (anchor is null || !file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var lines = readPage(file);
        return lines is not null && Anchors.OfPage(lines).Contains(anchor) ? null : $"{file} has no heading with the anchor #{anchor}";
    }

    /// <summary>A relative path resolved against a folder of the repository, or null when it climbs out of it.</summary>
    private static string? Normalize(string folder, string path)
    {
        var parts = new List<string>();
        foreach (var part in (folder.Length == 0 ? path : folder + "/" + path).Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join('/', parts);
    }

    [GeneratedRegex(@"(`+)[^`]+?\1")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\[[^\]]*\]\((?<target><[^>]*>|[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*(?<target>\S+)")]
    private static partial Regex Reference();

    [GeneratedRegex(@"href=""(?<target>[^""]+)""")]
    private static partial Regex Href();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
