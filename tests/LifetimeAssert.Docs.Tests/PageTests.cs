namespace LifetimeAssert.Docs.Tests;

/// <summary>The shape of the documentation: a short README that links every page, and topic pages that open with an example.</summary>
public sealed class PageTests
{
    /// <summary>The pages a reader comes to for one task; each opens with code to copy.</summary>
    public static readonly TheoryData<string> TopicPages =
    [
        "docs/options.md", "docs/frameworks.md", "docs/ado-net.md", "docs/ef-core.md", "docs/aspnet-core.md", "docs/heap-census.md",
        "docs/dumps.md", "docs/allocations.md", "docs/sweep.md", "docs/extending.md", "docs/dotmemory-unit.md", "docs/security.md",
    ];

    private const int MaxReadmeLines = 250;
    private const int MaxLinesBeforeExample = 5;

    [Fact]
    public void The_readme_stays_a_front_door()
    {
        var lines = Repository.ReadLines("README.md").Length;

        Assert.True(lines <= MaxReadmeLines, $"README.md has {lines} lines; keep it at most {MaxReadmeLines} and move the detail to a page under docs/.");
    }

    [Fact]
    public void The_readme_links_every_page()
    {
        var linked = Links.Of(Repository.ReadLines("README.md")).Select(l => l.Target.Split('#')[0]).ToHashSet(StringComparer.Ordinal);

        var unlinked = Repository.Pages.Where(p => p.StartsWith("docs/", StringComparison.Ordinal) && !linked.Contains(p)).ToList();

        Assert.True(unlinked.Count == 0, "README.md links no page " + string.Join(", ", unlinked));
    }

    [Theory]
    [MemberData(nameof(TopicPages))]
    public void A_topic_page_opens_with_a_csharp_example(string page)
    {
        var lines = Repository.ReadLines(page);
        var first = Markdown.CodeBlocks(lines).FirstOrDefault();
        var before = lines.Take(first?.Fence ?? lines.Length).Skip(1).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("<!--", StringComparison.Ordinal)).ToList();

        Assert.True(first?.Language == SnippetCheck.Language, $"{page}: the first code block is not C#");
        Assert.True(before.Count <= MaxLinesBeforeExample && !before.Any(l => l.StartsWith('#')), $"{page}: the example comes after {before.Count} lines (at most {MaxLinesBeforeExample}, no heading)");
    }
}
