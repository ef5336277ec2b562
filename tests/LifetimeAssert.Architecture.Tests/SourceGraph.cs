using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LifetimeAssert.Architecture.Tests;

/// <summary>
/// The engine's source bound by Roslyn: every use of a type (a name, a member access, a target-typed <c>new()</c>)
/// outside documentation comments becomes an edge from the folder of the file that uses it to the folder of the file
/// that declares it.
/// </summary>
internal sealed class SourceGraph
{
    private const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; "
        + "global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private SourceGraph(string root, CSharpCompilation compilation)
    {
        Root = root;
        Compilation = compilation;
    }

    /// <summary>The folder of the project whose source this is.</summary>
    public string Root { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary>The engine project, src/LifetimeAssert.</summary>
    public static SourceGraph Engine { get; } = Load(Path.Combine(RepositoryRoot, "src", "LifetimeAssert"));

    private static string RepositoryRoot =>
        typeof(SourceGraph).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static SourceGraph Load(string root)
    {
        var trees = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(root, path)))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions, path))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, "ImplicitUsings.cs"));
        var compilation = CSharpCompilation.Create(
            "LifetimeAssert",
            trees,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return new SourceGraph(root, compilation);
    }

    /// <summary>The same source with one more file, as if it were written at <paramref name="relativePath"/>.</summary>
    public SourceGraph With(string relativePath, string source) =>
        new(Root, Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, ParseOptions, Path.Combine(Root, relativePath))));

    /// <summary>Errors that keep names from binding: an edge may be missing while there are any.</summary>
    public IReadOnlyList<Diagnostic> BindingErrors() =>
        Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();

    /// <summary>The folder of a file: its first directory below the project, or <c>(root)</c>.</summary>
    public string FolderOf(string path)
    {
        var relative = Path.GetRelativePath(Root, path);
        var slash = relative.IndexOfAny(['/', '\\']);
        return slash < 0 ? "(root)" : relative[..slash];
    }

    public IEnumerable<SyntaxTree> SourceFiles => Compilation.SyntaxTrees.Where(t => t.FilePath != "ImplicitUsings.cs");

    /// <summary>Every use of a type declared in another folder of the project.</summary>
    public IEnumerable<Edge> Edges()
    {
        foreach (var tree in SourceFiles)
        {
            var model = Compilation.GetSemanticModel(tree);
            var from = FolderOf(tree.FilePath);
            foreach (var node in tree.GetRoot().DescendantNodes(descendIntoTrivia: false))
            {
                if (node is not (SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax))
                {
                    continue;
                }

                var info = model.GetSymbolInfo(node);
                var type = ContainingType(info.Symbol ?? info.CandidateSymbols.FirstOrDefault());
                foreach (var declaration in type?.OriginalDefinition.DeclaringSyntaxReferences ?? [])
                {
                    var to = declaration.SyntaxTree.FilePath == "ImplicitUsings.cs" ? from : FolderOf(declaration.SyntaxTree.FilePath);
                    if (to != from)
                    {
                        var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        yield return new Edge(from, to, $"{Path.GetFileName(tree.FilePath)}:{line} uses {type!.Name}");
                    }
                }
            }
        }
    }

    private static INamedTypeSymbol? ContainingType(ISymbol? symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
        while (type?.ContainingType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static bool IsBuildOutput(string relative) =>
        relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}

/// <summary>A use of a type of folder <paramref name="To"/> in folder <paramref name="From"/>.</summary>
internal sealed record Edge(string From, string To, string Site);
