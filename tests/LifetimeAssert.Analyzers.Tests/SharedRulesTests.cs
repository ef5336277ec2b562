using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LifetimeAssert.Analyzers.Tests;

/// <summary>
/// LA0004 and the runtime reject the same Iterations and SampleEvery with the same words: one compilation holds a test
/// per pair of values, and each test's LA0004 messages must equal what the runtime's options builder throws for it.
/// </summary>
public sealed class SharedRulesTests
{
    private static readonly int[] IterationValues = [int.MinValue, -6, 0, 1, 2, 3, 5, 6, 8, 10, 12, 13, 30, 99_999, 100_000, 100_001, int.MaxValue];

    private static readonly int[] SampleEveryValues = [int.MinValue, -1, 0, 1, 2, 3, 4, 7, 33_333, 33_334, 50_000, int.MaxValue];

    [Fact]
    public async Task The_build_and_the_runtime_reject_the_same_settings_with_the_same_words()
    {
        var pairs = IterationValues.SelectMany(i => SampleEveryValues.Select(k => (Iterations: i, SampleEvery: k))).ToArray();
        var build = await BuildMessages(pairs);

        var differences = pairs
            .Select((pair, index) => (pair, Build: build[index], Runtime: RuntimeMessages(pair.Iterations, pair.SampleEvery)))
            .Where(x => !x.Build.SequenceEqual(x.Runtime))
            .Select(x => $"Iterations {x.pair.Iterations}, SampleEvery {x.pair.SampleEvery}: build [{string.Join(" | ", x.Build)}], runtime [{string.Join(" | ", x.Runtime)}]");

        Assert.Empty(differences);
        Assert.Contains(build, messages => messages.Count > 0);
        Assert.Contains(build, messages => messages.Count == 0);
    }

    /// <summary>The runtime's problems with the pair, from the public options builder (a tracked type, so nothing else is wrong).</summary>
    private static string[] RuntimeMessages(int iterations, int sampleEvery)
    {
        try
        {
            new global::LifetimeAssert.LeakOptionsBuilder().Iterations(iterations).SampleEvery(sampleEvery).Track<object>().Build();
            return [];
        }
        catch (global::LifetimeAssert.LeakConfigurationException e)
        {
            return [.. e.Errors];
        }
    }

    /// <summary>The LA0004 messages of each pair, from one compilation with a test method per pair.</summary>
    private static async Task<List<string>[]> BuildMessages((int Iterations, int SampleEvery)[] pairs)
    {
        var tests = string.Concat(pairs.Select((p, i) =>
            $"    [Fact, AssertNoLeak(Iterations = {p.Iterations}, SampleEvery = {p.SampleEvery}, Track = [typeof(object)])]\n    public void Test{i}() {{ }}\n"));
        var source = "using LifetimeAssert.Xunit;\nusing Xunit;\n\npublic class Tests\n{\n" + tests + "}\n";
        var trees = new[] { source, Stubs.LifetimeAssert, Stubs.Xunit, Stubs.Registration }
            .Select((text, i) => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Preview), path: $"File{i}.cs"));
        var compilation = CSharpCompilation.Create("Tests", trees, Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new LeakAttributeAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);

        var messages = pairs.Select(_ => new List<string>()).ToArray();
        foreach (var diagnostic in diagnostics.Where(d => d.Id == "LA0004").OrderBy(d => d.Location.SourceSpan.Start))
        {
            // Two lines per test after the six lines before the first one; lines count from 0.
            var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
            messages[(line - 5) / 2].Add(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        return messages;
    }
}
