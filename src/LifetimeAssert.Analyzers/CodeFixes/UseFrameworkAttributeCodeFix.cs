using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Simplification;

namespace LifetimeAssert.Analyzers.CodeFixes;

/// <summary>
/// LA0002 on a test of the other framework (a wrong <c>using</c>): replaces the attribute with the fully qualified
/// <c>[AssertNoLeak]</c> of the test's framework and keeps its arguments. LA0005: replaces <c>[TestClass]</c> with
/// <c>[LeakTestClass]</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseFrameworkAttributeCodeFix))]
[Shared]
public sealed class UseFrameworkAttributeCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NotATestOfItsFramework, DiagnosticIds.NotInLeakTestClass);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            // Only the wrong-framework case of LA0002 and LA0005 name a replacement, and only when the compilation
            // references it.
            if (diagnostic.Properties.TryGetValue(DiagnosticProperties.Replacement, out var replacement) && replacement is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use {replacement}",
                        cancellationToken => ReplaceAsync(context.Document, diagnostic, replacement, cancellationToken),
                        equivalenceKey: diagnostic.Id + replacement),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> ReplaceAsync(
        Document document, Diagnostic diagnostic, string replacement, CancellationToken cancellationToken)
    {
        var found = await AttributeFinder.FindAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
        if (found is not { } target)
        {
            return document;
        }

        var (root, attribute) = target;

        // global:: keeps the name right inside a namespace that has its own "LifetimeAssert"; the simplifier drops
        // it (and any qualifier a using makes redundant) where that changes nothing.
        var name = SyntaxFactory.ParseName("global::" + replacement)
            .WithTriviaFrom(attribute.Name)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(attribute, attribute.WithName(name)));
    }
}
