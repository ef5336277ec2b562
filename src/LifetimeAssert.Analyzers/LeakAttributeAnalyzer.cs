using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LifetimeAssert.Analyzers;

/// <summary>
/// Reports misused <c>[AssertNoLeak]</c> attributes at build time: a framework that is not registered (LA0001), an
/// attribute that is not on a test of its framework (LA0002), a check with nothing to judge (LA0003), Iterations
/// and SampleEvery that the runtime would reject (LA0004) and a checked MSTest test outside a [LeakTestClass] (LA0005).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LeakAttributeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.FrameworkNotRegistered,
        Descriptors.MethodIsNotATest,
        Descriptors.ClassHasNoTest,
        Descriptors.MethodIsOtherFrameworkTest,
        Descriptors.ClassHasOtherFrameworkTests,
        Descriptors.NothingToJudge,
        Descriptors.InvalidSampling,
        Descriptors.NotInLeakTestClass);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // A compilation that cannot see LeakCheckAttribute has no [AssertNoLeak]: it pays one type lookup.
            var types = KnownTypes.Create(start.Compilation);
            if (types is null)
            {
                return;
            }

            var analysis = new CompilationAnalysis(start.Compilation, types);
            start.RegisterSymbolAction(analysis.AnalyzeType, SymbolKind.NamedType);
        });
    }
}
