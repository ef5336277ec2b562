using System.Reflection;
using Microsoft.CodeAnalysis;

namespace LifetimeAssert.Analyzers.Tests;

/// <summary>Every diagnostic's help link resolves: a page of the repository with a section for its id.</summary>
public sealed class HelpLinkTests
{
    [Fact]
    public void Every_help_link_names_a_page_of_the_repository_with_a_section_for_its_id()
    {
        var root = typeof(HelpLinkTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        var descriptors = typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null))
            .OfType<DiagnosticDescriptor>()
            .ToArray();

        Assert.Equal(5, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(descriptors, descriptor =>
        {
            var parts = descriptor.HelpLinkUri.Split('#');
            var page = Path.Combine(root, parts[0]);
            Assert.True(File.Exists(page), $"{descriptor.Id}: {descriptor.HelpLinkUri} names no file of the repository");
            Assert.Equal(descriptor.Id.ToLowerInvariant(), parts[1]);
            Assert.Contains("\n## " + descriptor.Id + "\n", File.ReadAllText(page).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        });
    }
}
