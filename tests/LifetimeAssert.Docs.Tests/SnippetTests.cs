namespace LifetimeAssert.Docs.Tests;

/// <summary>
/// Every C# example of the pages is a snippet of tests/LifetimeAssert.Docs.Snippets, which compiles against the real API,
/// so a page cannot show code the library no longer takes. With <c>LIFETIMEASSERT_UPDATE_SNIPPETS=1</c> the first test
/// rewrites the pages' marked blocks from the snippets before it checks them.
/// </summary>
public sealed class SnippetTests
{
    private const string UpdateVariable = "LIFETIMEASSERT_UPDATE_SNIPPETS";

    private static readonly (IReadOnlyDictionary<string, Snippet> Snippets, IReadOnlyList<string> Problems) Source =
        SnippetSource.Read(Repository.SnippetFolder);

    [Fact]
    public void Every_csharp_block_of_every_page_is_the_snippet_it_names()
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            UpdatePages();
        }

        var problems = Repository.Pages.SelectMany(page => SnippetCheck.Problems(page, Repository.ReadLines(page), Source.Snippets)).ToList();

        Assert.True(problems.Count == 0, $"{problems.Count} block(s) do not match their snippets ({UpdateVariable}=1 rewrites them):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_snippet_markers_are_balanced() =>
        Assert.Empty(Source.Problems);

    [Fact]
    public void Every_snippet_is_shown_on_a_page()
    {
        var shown = Repository.Pages.SelectMany(page => Markdown.Markers(Repository.ReadLines(page)).Select(m => m.Name)).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(Source.Snippets.Values.Where(s => !shown.Contains(s.Name)).Select(s => $"{s.Name} ({s.Source}) is on no page"));
    }

    [Fact]
    public void The_pages_have_csharp_blocks_to_check() =>
        Assert.True(Repository.Pages.Sum(page => Markdown.CodeBlocks(Repository.ReadLines(page)).Count(b => b.Language == SnippetCheck.Language)) >= 20);

    private static void UpdatePages()
    {
        foreach (var page in Repository.Pages)
        {
            var lines = Repository.ReadLines(page);
            var updated = SnippetCheck.Update(lines, Source.Snippets);
            if (!updated.SequenceEqual(lines, StringComparer.Ordinal))
            {
                File.WriteAllText(Repository.FullPath(page), string.Join("\n", updated));
            }
        }
    }
}
