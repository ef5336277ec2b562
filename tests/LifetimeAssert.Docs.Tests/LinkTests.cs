namespace LifetimeAssert.Docs.Tests;

/// <summary>
/// Every relative link of README.md, docs/*.md and the packages' READMEs leads to a file or folder of the repository,
/// and every anchor to a heading of its page; the packages' READMEs link with absolute URLs into the repository's main
/// branch (their package pages cannot follow relative links), and those must lead somewhere too.
/// </summary>
public sealed class LinkTests
{
    [Fact]
    public void Every_link_of_every_page_leads_somewhere()
    {
        var broken = Repository.Pages
            .SelectMany(page => Links.Of(Repository.ReadLines(page))
                .Select(link => (page, link.Line, link.Target, Problem: Links.Problem(page, link.Target, ReadPage))))
            .Where(l => l.Problem is not null)
            .Select(l => $"{l.page}:{l.Line}: ({l.Target}) {l.Problem}")
            .ToList();

        Assert.True(broken.Count == 0, $"{broken.Count} broken link(s):\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Every_package_readme_links_to_its_pages_by_absolute_url()
    {
        var packages = Repository.PackageReadmes.ToList();

        Assert.NotEmpty(packages);
        Assert.All(packages, page => Assert.Contains(Links.Of(Repository.ReadLines(page)), l => l.Target.StartsWith(Repository.BlobUrl + "docs/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_package_packs_a_readme_of_its_own()
    {
        var packages = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(project => !File.ReadAllText(project).Contains("<IsPackable>false</IsPackable>", StringComparison.Ordinal))
            .Select(project => Repository.Relative(Path.GetDirectoryName(project)!))
            .ToList();

        Assert.NotEmpty(packages);
        var missing = packages.Where(folder => !Repository.PackageReadmes.Contains(folder + "/README.md", StringComparer.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "packable projects without a README.md (their package page): " + string.Join(", ", missing));
    }

    [Fact]
    public void The_pages_have_links_to_check() =>
        Assert.True(Repository.Pages.Sum(page => Links.Of(Repository.ReadLines(page)).Count()) >= 50);

    private static IReadOnlyList<string>? ReadPage(string page) =>
        File.Exists(Repository.FullPath(page)) ? Repository.ReadLines(page) : null;
}
