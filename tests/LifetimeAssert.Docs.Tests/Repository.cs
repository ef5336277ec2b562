using System.Reflection;

namespace LifetimeAssert.Docs.Tests;

/// <summary>The repository these tests check: its root, the pages, and the snippets' source.</summary>
internal static class Repository
{
    /// <summary>Where absolute links to the repository's files begin (a package page cannot follow a relative link).</summary>
    public const string BlobUrl = "https://github.com/lifetimeassert/lifetimeassert/blob/main/";

    /// <summary>The same for folders.</summary>
    public const string TreeUrl = "https://github.com/lifetimeassert/lifetimeassert/tree/main/";

    public static string Root { get; } =
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The folder of the snippets project.</summary>
    public static string SnippetFolder => Path.Combine(Root, "tests", "LifetimeAssert.Docs.Snippets");

    /// <summary>README.md, every docs/*.md and every package's README.md, as paths relative to the root with '/'.</summary>
    public static IReadOnlyList<string> Pages { get; } =
    [
        "README.md",
        .. Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md").Select(Relative).Order(StringComparer.Ordinal),
        .. Directory.EnumerateDirectories(Path.Combine(Root, "src"))
            .Select(project => Path.Combine(project, "README.md"))
            .Where(File.Exists)
            .Select(Relative)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The packages' READMEs, which are shown on their package pages.</summary>
    public static IEnumerable<string> PackageReadmes => Pages.Where(p => p.StartsWith("src/", StringComparison.Ordinal));

    public static string FullPath(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The lines of a page or file, with '\n' line ends.</summary>
    public static string[] ReadLines(string relative) => File.ReadAllText(FullPath(relative)).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
