using System.Text;
using System.Text.RegularExpressions;

namespace LifetimeAssert.Docs.Tests;

/// <summary>The anchors GitHub gives a Markdown page: one per heading, and explicit <c>&lt;a id&gt;</c>/<c>&lt;a name&gt;</c>.</summary>
internal static partial class Anchors
{
    /// <summary>
    /// A heading's anchor, as GitHub makes it: inline markup reduced to its text, lowercase, every character other than a
    /// letter, a digit, <c>-</c>, <c>_</c> or a space dropped, each space made <c>-</c>.
    /// </summary>
    public static string Of(string heading)
    {
        var text = InlineLink().Replace(heading, "${text}");
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    /// <summary>Every anchor of a page; a heading whose anchor was taken gets <c>-1</c>, <c>-2</c>, … as on GitHub.</summary>
    public static ISet<string> OfPage(IReadOnlyList<string> lines)
    {
        var code = Markdown.CodeLines(lines);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (code.Contains(i))
            {
                continue;
            }

            if (Heading().Match(lines[i]) is { Success: true } heading)
            {
                var anchor = Of(heading.Groups["text"].Value);
                var unique = anchor;
                for (var n = 1; !anchors.Add(unique); n++)
                {
                    unique = $"{anchor}-{n}";
                }
            }

            foreach (Match explicitAnchor in HtmlAnchor().Matches(lines[i]))
            {
                anchors.Add(explicitAnchor.Groups["id"].Value);
            }
        }

        return anchors;
    }

    [GeneratedRegex(@"^ {0,3}#{1,6}\s+(?<text>.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"<a\s+(?:id|name)=""(?<id>[^""]+)""")]
    private static partial Regex HtmlAnchor();
}
