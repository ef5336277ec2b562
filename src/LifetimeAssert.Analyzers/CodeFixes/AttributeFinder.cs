using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LifetimeAssert.Analyzers.CodeFixes;

/// <summary>Finds the attribute a diagnostic was reported on (every LifetimeAssert diagnostic spans one).</summary>
internal static class AttributeFinder
{
    public static async Task<(SyntaxNode Root, AttributeSyntax Attribute)?> FindAsync(
        Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var attribute = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
            .FirstAncestorOrSelf<AttributeSyntax>();
        return root is null || attribute is null ? null : (root, attribute);
    }
}
