using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace LifetimeAssert.Analyzers.CodeFixes;

/// <summary>
/// LA0004 when Iterations is not a multiple of SampleEvery: sets Iterations on the reported attribute to the next
/// multiple, or to the previous one when that still gives enough samples. The reported attribute is the nearest
/// that sets Iterations or SampleEvery, so the value set there is the one the test runs with.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetIterationsCodeFix))]
[Shared]
public sealed class SetIterationsCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InvalidSampling);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            Register(context, diagnostic, DiagnosticProperties.UpperIterations);
            Register(context, diagnostic, DiagnosticProperties.LowerIterations);
        }

        return Task.CompletedTask;
    }

    private static void Register(CodeFixContext context, Diagnostic diagnostic, string property)
    {
        if (!diagnostic.Properties.TryGetValue(property, out var text)
            || !int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var iterations))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                $"Set Iterations = {text}",
                cancellationToken => SetAsync(context.Document, diagnostic, iterations, cancellationToken),
                equivalenceKey: DiagnosticIds.InvalidSampling + property),
            diagnostic);
    }

    private static async Task<Document> SetAsync(Document document, Diagnostic diagnostic, int iterations, CancellationToken cancellationToken)
    {
        var found = await AttributeFinder.FindAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
        if (found is not { } target)
        {
            return document;
        }

        var (root, attribute) = target;

        var value = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(iterations));
        var existing = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Iterations");
        AttributeSyntax updated;
        if (existing is not null)
        {
            updated = attribute.ReplaceNode(existing.Expression, value.WithTriviaFrom(existing.Expression));
        }
        else
        {
            var argument = SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName("Iterations")), nameColon: null, value);
            var arguments = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
            updated = attribute.WithArgumentList(arguments.AddArguments(argument)).WithAdditionalAnnotations(Formatter.Annotation);
        }

        return document.WithSyntaxRoot(root.ReplaceNode(attribute, updated));
    }
}
