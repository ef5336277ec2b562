using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LifetimeAssert.Architecture.Tests;

/// <summary>The engine's folders are layers: the data flows one way, and a file never reaches up.</summary>
public sealed class LayerTests
{
    private static readonly SourceGraph Engine = SourceGraph.Engine;

    [Fact]
    public void The_engine_source_binds_completely_so_no_edge_goes_unseen() =>
        Assert.Empty(Engine.BindingErrors().Select(d => d.ToString()));

    [Fact]
    public void Every_folder_has_a_layer()
    {
        var unplaced = Engine.SourceFiles.Select(t => Engine.FolderOf(t.FilePath)).Distinct()
            .Where(f => Layers.Rank(f) < 0 && !Layers.Exempt.Contains(f));

        Assert.Empty(unplaced);
    }

    [Fact]
    public void No_folder_uses_a_folder_above_it() =>
        Assert.Empty(BackEdges(Engine));

    [Fact]
    public void A_back_edge_planted_in_the_verdict_is_found()
    {
        // The verdict wording its own result: the dependency the layering exists to forbid.
        var planted = Engine.With(
            Path.Combine("Verdict", "Planted.cs"),
            "namespace LifetimeAssert.Verdict; internal static class Planted { public static string Text(InconclusiveCause cause) => LifetimeAssert.Reporting.InconclusiveText.Write(cause); }");

        Assert.Empty(planted.BindingErrors());
        var found = Assert.Single(BackEdges(planted));
        Assert.StartsWith("Verdict -> Reporting: Planted.cs:1 uses InconclusiveText", found, StringComparison.Ordinal);
    }

    [Fact]
    public void Internal_types_live_in_the_namespace_of_their_folder_and_public_ones_in_the_contract_or_theirs()
    {
        var misplaced = new List<string>();
        foreach (var tree in Engine.SourceFiles)
        {
            var model = Engine.Compilation.GetSemanticModel(tree);
            var root = tree.GetRoot(TestContext.Current.CancellationToken);
            var folder = Engine.FolderOf(tree.FilePath);
            foreach (var declaration in root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Where(d => d.Parent is BaseNamespaceDeclarationSyntax))
            {
                var type = model.GetDeclaredSymbol(declaration, TestContext.Current.CancellationToken)!;
                var actual = type.ContainingNamespace.ToDisplayString();
                var own = folder == "(root)" ? "LifetimeAssert" : "LifetimeAssert." + folder;
                var allowed = type.DeclaredAccessibility == Accessibility.Public ? new[] { "LifetimeAssert", own } : [own];
                if (!allowed.Contains(actual) && !Layers.Exempt.Contains(folder))
                {
                    misplaced.Add($"{Path.GetFileName(tree.FilePath)}: {type.Name} is in {actual}, expected {string.Join(" or ", allowed.Distinct())}");
                }
            }
        }

        Assert.Empty(misplaced);
    }

    [Theory]
    [InlineData("Verdict")]
    [InlineData("Settling")]
    public void The_rules_and_the_settle_decide_and_leave_every_word_to_reporting(string folder)
    {
        var words = Engine.SourceFiles
            .Where(t => Engine.FolderOf(t.FilePath) == folder)
            .SelectMany(t => Strings(t).Select(text => $"{Path.GetFileName(t.FilePath)}: {text}"))
            .Where(text => text[(text.IndexOf(':', StringComparison.Ordinal) + 2)..].Contains(' ', StringComparison.Ordinal));

        Assert.Empty(words);
    }

    [Theory]
    [InlineData("DoNotParallelize")]
    [InlineData("NonParallelizable")]
    [InlineData("CollectionDefinition")]
    public void The_engine_never_words_a_frameworks_remedy_its_adapter_does(string remedy)
    {
        var worded = Engine.SourceFiles
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Select(l => (t.FilePath, Text: l.Token.ValueText)))
            .Where(l => l.Text.Contains(remedy, StringComparison.Ordinal))
            .Select(l => Path.GetFileName(l.FilePath));

        Assert.Empty(worded);
    }

    private static IEnumerable<string> Strings(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>()
            .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression))
            .Select(l => l.Token.ValueText)
            .Concat(tree.GetRoot().DescendantNodes().OfType<InterpolatedStringTextSyntax>().Select(t => t.TextToken.ValueText));

    private static IEnumerable<string> BackEdges(SourceGraph graph) =>
        graph.Edges()
            .Where(e => !Layers.Exempt.Contains(e.From) && Layers.Rank(e.To) > Layers.Rank(e.From))
            .GroupBy(e => (e.From, e.To))
            .Select(g => $"{g.Key.From} -> {g.Key.To}: {string.Join(", ", g.Select(e => e.Site).Distinct().Take(3))}");
}
