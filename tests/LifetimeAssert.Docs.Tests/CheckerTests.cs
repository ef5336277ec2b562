namespace LifetimeAssert.Docs.Tests;

/// <summary>The checks themselves: each finds what it is there to find, on planted pages and snippets.</summary>
public sealed class CheckerTests
{
    [Theory]
    [InlineData("How `[AssertNoLeak]` takes effect", "how-assertnoleak-takes-effect")]
    [InlineData("Objects created outside the test's flow", "objects-created-outside-the-tests-flow")]
    [InlineData("The files' names", "the-files-names")]
    [InlineData("Probes: judged and reported", "probes-judged-and-reported")]
    [InlineData("Set up and run (fresh machine, .NET 10 SDK)", "set-up-and-run-fresh-machine-net-10-sdk")]
    [InlineData("ADO.NET — and [PostgreSQL](https://www.postgresql.org)", "adonet--and-postgresql")]
    [InlineData("LA0001", "la0001")]
    [InlineData("snake_case and kebab-case", "snake_case-and-kebab-case")]
    public void An_anchor_is_made_as_GitHub_makes_it(string heading, string anchor) =>
        Assert.Equal(anchor, Anchors.Of(heading));

    [Fact]
    public void A_repeated_heading_gets_a_numbered_anchor_and_a_heading_in_code_none()
    {
        var anchors = Anchors.OfPage(["# Page", "## Notes", "```md", "## In code", "```", "## Notes", "<a id=\"kept\"></a>"]);

        Assert.Equal(["kept", "notes", "notes-1", "page"], anchors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_planted_broken_link_is_found_and_a_good_one_is_not()
    {
        string[] page =
        [
            "# Planted", "[good](../README.md#set-up-and-run-fresh-machine-net-10-sdk) [folder](../src) [here](#planted)",
            "[missing](nowhere.md) [anchor](../README.md#no-such-heading) [`code [x]`](#nothing) [web](https://example.com/x.md)",
            "`[in a span](nowhere.md)`", "```", "[in a block](nowhere.md)", "```",
        ];

        var problems = Links.Of(page).Select(l => Links.Problem("docs/planted.md", l.Target, ReadPage)).Where(p => p is not null).ToList();

        Assert.Equal(["docs/nowhere.md does not exist", "README.md has no heading with the anchor #no-such-heading", "docs/planted.md has no heading with the anchor #nothing"], problems);

        IReadOnlyList<string>? ReadPage(string path) => path == "docs/planted.md" ? page : Repository.ReadLines(path);
    }

    [Fact]
    public void A_package_readme_must_link_by_absolute_url_and_the_url_must_lead_somewhere()
    {
        Assert.NotNull(Links.Problem("src/X/README.md", "../../docs/options.md", _ => null));
        Assert.Null(Links.Problem("src/X/README.md", Repository.BlobUrl + "README.md", _ => null));
        Assert.Equal("docs/nowhere.md does not exist", Links.Problem("src/X/README.md", Repository.BlobUrl + "docs/nowhere.md", _ => null));
    }

    [Fact]
    public void Parts_and_nested_regions_make_the_snippets_a_page_shows()
    {
        string[] file =
        [
            "// begin-snippet: outer", "[assembly: A]", "// begin-snippet: inner", "    int x = 1;", "// end-snippet", "// end-snippet",
            "class C", "{", "    // begin-snippet: outer", "    void M() { }", "    // end-snippet", "}",
        ];

        var snippets = Read(file, out var problems);

        Assert.Empty(problems);
        Assert.Equal(["[assembly: A]", "    int x = 1;", "", "void M() { }"], snippets["outer"].Lines);
        Assert.Equal(["int x = 1;"], snippets["inner"].Lines);
    }

    [Fact]
    public void Unbalanced_markers_are_reported_with_their_place()
    {
        _ = Read(["// end-snippet", "// begin-snippet: open", "x"], out var problems);

        Assert.Equal(["Planted.cs:1: // end-snippet without a begin-snippet before it", "Planted.cs:2: begin-snippet: open is never ended (// end-snippet)"], problems);
    }

    [Fact]
    public void A_block_that_differs_is_reported_naming_the_page_the_snippet_and_the_first_differing_line()
    {
        var snippets = Read(["// begin-snippet: quick", "    a();", "    b();", "// end-snippet"], out _);
        string[] page = ["# P", "<!-- snippet: quick -->", "```csharp", "a();", "c();", "```", "```csharp", "a();", "```", "<!-- snippet: gone -->", "```csharp", "```", "<!-- snippet: quick -->", "text"];

        var problems = SnippetCheck.Problems("docs/p.md", page, snippets).ToList();

        Assert.Equal(4, problems.Count);
        Assert.Equal("docs/p.md:3: the block differs from snippet 'quick' (Planted.cs:1) at its line 2:\n    page:    c();\n    snippet: b();", problems[0]);
        Assert.StartsWith("docs/p.md:7: a csharp block without a <!-- snippet: <name> --> line", problems[1], StringComparison.Ordinal);
        Assert.StartsWith("docs/p.md:11: the block names snippet 'gone', which no file", problems[2], StringComparison.Ordinal);
        Assert.Equal("docs/p.md:13: the marker of snippet 'quick' is not right before a csharp block", problems[3]);
    }

    [Fact]
    public void An_update_rewrites_a_marked_block_at_its_indentation_and_leaves_the_rest()
    {
        var snippets = Read(["// begin-snippet: quick", "a();", "// end-snippet"], out _);
        string[] page = ["- item", "  <!-- snippet: quick -->", "  ```csharp", "  old();", "  older();", "  ```", "```xml", "<x/>", "```"];

        var updated = SnippetCheck.Update(page, snippets);

        Assert.Equal(["- item", "  <!-- snippet: quick -->", "  ```csharp", "  a();", "  ```", "```xml", "<x/>", "```"], updated);
        Assert.Empty(SnippetCheck.Problems("p.md", updated, snippets));
    }

    private static IReadOnlyDictionary<string, Snippet> Read(string[] file, out List<string> problems)
    {
        var parts = new Dictionary<string, List<IReadOnlyList<string>>>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        problems = [];
        SnippetSource.ReadFile("Planted.cs", file, parts, sources, problems);
        return parts.ToDictionary(p => p.Key, p => new Snippet(p.Key, p.Value, sources[p.Key]), StringComparer.Ordinal);
    }
}
