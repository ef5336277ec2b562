using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace LifetimeAssert.Analyzers.Tests;

/// <summary>Runs the analyzer (and a code fix) on a source with markup and compares the diagnostics.</summary>
internal static class Verify
{
    /// <summary>A diagnostic of the analyzer, with the severity its id has.</summary>
    public static DiagnosticResult Diagnostic(string id, int location = 0) =>
        new DiagnosticResult(id, id is "LA0004" or "LA0005" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning).WithLocation(location);

    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        AnalyzerAsync(source, registerFramework: true, expected);

    public static async Task AnalyzerAsync(string source, bool registerFramework, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<LeakAttributeAnalyzer, DefaultVerifier> { TestCode = source };
        TestProject.Prepare(test, registerFramework);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Applies the code action with <paramref name="equivalenceKey"/> (the only one when null) and compares.</summary>
    public static async Task CodeFixAsync<TCodeFix>(string source, string fixedSource, string? equivalenceKey, params DiagnosticResult[] expected)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<LeakAttributeAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        TestProject.Prepare(test, registerFramework: true, test.FixedState);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(TestContext.Current.CancellationToken);
    }
}
