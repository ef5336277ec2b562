using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LifetimeAssert.Analyzers;

/// <summary>
/// The analysis of one compilation: what is known once (the types, the assembly's defaults, the xUnit scheduling)
/// and the check of each class with its test methods.
/// </summary>
internal sealed class CompilationAnalysis
{
    private readonly KnownTypes _types;
    private readonly ImmutableArray<LeakSetting> _assemblyLevel;
    private readonly XunitScheduling? _xunit;

    // A test inherited by several classes is checked in each of them; an attribute they share reports once.
    private readonly ConcurrentDictionary<string, bool> _reported = new();

    public CompilationAnalysis(Compilation compilation, KnownTypes types)
    {
        _types = types;
        _assemblyLevel = LeakLevels.OfAssembly(compilation.Assembly, types);
        _xunit = types.XunitAssertNoLeak is null ? null : new XunitScheduling(compilation, types);
    }

    public void AnalyzeType(SymbolAnalysisContext context)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Class } type)
        {
            return;
        }

        var classLevel = LeakLevels.OfClass(type, _types);

        // With no class-level attribute, only methods that carry one are checked, and inherited ones were already
        // seen with the same levels in their own class.
        var methods = classLevel.IsEmpty ? OwnMethods(type) : VisibleMethods(type);
        var visibleTests = TestFrameworks.None;
        foreach (var method in methods)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var methodLevel = LeakLevels.OfMethod(method, _types);
            if (methodLevel.IsEmpty && classLevel.IsEmpty)
            {
                continue;
            }

            var tests = TestMethods.Of(method, _types);
            visibleTests |= tests;
            var levels = methodLevel.Concat(classLevel).Concat(_assemblyLevel).ToList();
            if (SymbolEqualityComparer.Default.Equals(method.ContainingType, type))
            {
                foreach (var own in methodLevel.Where(s => SymbolEqualityComparer.Default.Equals(s.Owner, method)))
                {
                    CheckPlacement(context, own, method.Name, tests, isClass: false, isAbstract: false, type, levels);
                }
            }

            if (tests != TestFrameworks.None)
            {
                CheckSettings(context, levels);
            }
        }

        foreach (var own in classLevel.Where(s => SymbolEqualityComparer.Default.Equals(s.Owner, type)))
        {
            CheckPlacement(context, own, type.Name, visibleTests, isClass: true, type.IsAbstract, type, classLevel.Concat(_assemblyLevel).ToList());
        }

        CheckTestClass(context, type, classLevel);
    }

    /// <summary>
    /// LA0005: an MSTest test class that MSTest runs through another test class attribute than <c>[LeakTestClass]</c>
    /// while one of its tests (its own or inherited) is checked by the MSTest <c>[AssertNoLeak]</c> or
    /// <c>[AssertAllocations]</c> of the method or class: that test would run once, unchecked. Reported once, on the
    /// class's test class attribute.
    /// </summary>
    private void CheckTestClass(SymbolAnalysisContext context, INamedTypeSymbol type, ImmutableArray<LeakSetting> classLevel)
    {
        if ((_types.MSTestAssertNoLeak is null && _types.MSTestAssertAllocations is null) || _types.MSTestTestClass is null || type.IsAbstract)
        {
            return;
        }

        // [TestClass] is not inherited: MSTest reads the class's own attribute only.
        var testClassAttribute = type.GetAttributes().FirstOrDefault(a => Symbols.DerivesFrom(a.AttributeClass, _types.MSTestTestClass));
        if (testClassAttribute is null
            || Symbols.DerivesFrom(testClassAttribute.AttributeClass, _types.LeakTestClass)
            || testClassAttribute.ApplicationSyntaxReference is not { } reference)
        {
            return;
        }

        var classChecked = classLevel.Any(IsMSTest) || HasMSTestAllocationBudget(BaseTypesAndSelf(type));
        foreach (var method in VisibleMethods(type))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if ((TestMethods.Of(method, _types) & TestFrameworks.MSTest) == 0
                || !(classChecked || LeakLevels.OfMethod(method, _types).Any(IsMSTest) || HasMSTestAllocationBudget(OverriddenAndSelf(method))))
            {
                continue;
            }

            var location = Location.Create(reference.SyntaxTree, reference.Span);
            var properties = _types.LeakTestClass is null
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Replacement, "LifetimeAssert.MSTest.LeakTestClass");
            Report(context, Descriptors.NotInLeakTestClass, location, properties, type.Name, method.Name, AttributeName(testClassAttribute.AttributeClass!));
            return;
        }
    }

    private bool IsMSTest(LeakSetting setting) =>
        SymbolEqualityComparer.Default.Equals(setting.Data.AttributeClass, _types.MSTestAssertNoLeak);

    /// <summary>
    /// True when one of the declarations carries the MSTest <c>[AssertAllocations]</c>, which is inherited like
    /// <c>[AssertNoLeak]</c> (the runtime reads it with <c>GetCustomAttributes(inherit: true)</c>).
    /// </summary>
    private bool HasMSTestAllocationBudget(IEnumerable<ISymbol> declarations) =>
        _types.MSTestAssertAllocations is { } budget
        && declarations.Any(declaration => declaration.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, budget)));

    private static IEnumerable<ISymbol> BaseTypesAndSelf(INamedTypeSymbol type)
    {
        for (var declaration = type; declaration is not null; declaration = declaration.BaseType)
        {
            yield return declaration;
        }
    }

    private static IEnumerable<ISymbol> OverriddenAndSelf(IMethodSymbol method)
    {
        for (var declaration = method; declaration is not null; declaration = declaration.OverriddenMethod)
        {
            yield return declaration;
        }
    }

    /// <summary>How an attribute is written: <c>TestClass</c> for <c>TestClassAttribute</c>.</summary>
    private static string AttributeName(INamedTypeSymbol attributeClass) =>
        attributeClass.Name.EndsWith("Attribute", System.StringComparison.Ordinal)
            ? attributeClass.Name.Substring(0, attributeClass.Name.Length - "Attribute".Length)
            : attributeClass.Name;

    /// <summary>One framework of several, in a fixed order, for the replacement a message names.</summary>
    private static TestFrameworks OneOf(TestFrameworks frameworks) =>
        (frameworks & TestFrameworks.Xunit) != 0 ? TestFrameworks.Xunit
        : (frameworks & TestFrameworks.NUnit) != 0 ? TestFrameworks.NUnit
        : (frameworks & TestFrameworks.MSTest) != 0 ? TestFrameworks.MSTest
        : TestFrameworks.None;

    /// <summary>LA0002, then LA0001 for an xUnit attribute that is where it belongs.</summary>
    private void CheckPlacement(
        SymbolAnalysisContext context,
        LeakSetting setting,
        string subject,
        TestFrameworks tests,
        bool isClass,
        bool isAbstract,
        INamedTypeSymbol testClass,
        IReadOnlyList<LeakSetting> levels)
    {
        var location = setting.ReportableLocation;
        var framework = _types.FrameworkOf(setting.Data.AttributeClass!);
        if (location is null || framework == TestFrameworks.None)
        {
            return;
        }

        if ((tests & framework) == 0)
        {
            var other = OneOf(tests);
            if (other != TestFrameworks.None)
            {
                var replacement = $"LifetimeAssert.{TestMethods.Adapter(other)}.AssertNoLeak";
                var properties = _types.AssertNoLeakOf(other) is null
                    ? ImmutableDictionary<string, string?>.Empty
                    : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Replacement, replacement);
                Report(
                    context,
                    isClass ? Descriptors.ClassHasOtherFrameworkTests : Descriptors.MethodIsOtherFrameworkTest,
                    location,
                    properties,
                    subject,
                    TestMethods.Name(other),
                    TestMethods.Name(framework),
                    replacement);
            }
            else if (!isAbstract)
            {
                // An abstract class may hold the attribute for the tests of the classes derived from it.
                Report(
                    context,
                    isClass ? Descriptors.ClassHasNoTest : Descriptors.MethodIsNotATest,
                    location,
                    ImmutableDictionary<string, string?>.Empty,
                    subject,
                    TestMethods.Name(framework),
                    TestMethods.Markers(framework));
            }

            return;
        }

        if (framework == TestFrameworks.Xunit
            && _xunit is { IsLeakFrameworkRegistered: false, IsAssemblySequential: false }
            && EffectiveSettings.Merge(levels).RunAlone
            && !_xunit.IsInNonParallelCollection(testClass))
        {
            Report(context, Descriptors.FrameworkNotRegistered, location, ImmutableDictionary<string, string?>.Empty);
        }
    }

    /// <summary>LA0003 and LA0004 for one checked test, from its merged levels.</summary>
    private void CheckSettings(SymbolAnalysisContext context, IReadOnlyList<LeakSetting> levels)
    {
        var settings = EffectiveSettings.Merge(levels);
        if (settings.HasErrors || settings.Nearest is not { ReportableLocation: { } nearest } nearestSetting)
        {
            return;
        }

        if (!settings.JudgesSomething)
        {
            Report(context, Descriptors.NothingToJudge, nearest, ImmutableDictionary<string, string?>.Empty, nearestSetting.Owner.Name);
        }

        var samplingLocation = settings.SamplingSource!.ReportableLocation!;
        foreach (var problem in SamplingRules.Check(settings.Iterations, settings.SampleEvery))
        {
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (problem.UpperIterations is { } upper)
            {
                properties = properties.Add(DiagnosticProperties.UpperIterations, upper.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (problem.LowerIterations is { } lower)
            {
                properties = properties.Add(DiagnosticProperties.LowerIterations, lower.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            Report(context, Descriptors.InvalidSampling, samplingLocation, properties, problem.Message);
        }
    }

    private void Report(
        SymbolAnalysisContext context,
        DiagnosticDescriptor descriptor,
        Location location,
        ImmutableDictionary<string, string?> properties,
        params object[] arguments)
    {
        var key = $"{descriptor.Id}|{location.SourceTree?.FilePath}|{location.SourceSpan}|{string.Join("|", arguments)}";
        if (_reported.TryAdd(key, true))
        {
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties, arguments));
        }
    }

    private static IEnumerable<IMethodSymbol> OwnMethods(INamedTypeSymbol type) => type.GetMembers().OfType<IMethodSymbol>();

    /// <summary>The class's methods and those it inherits, without the base declarations it overrides.</summary>
    private static IEnumerable<IMethodSymbol> VisibleMethods(INamedTypeSymbol type)
    {
        var overridden = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        for (var declaring = type; declaring is not null && declaring.SpecialType != SpecialType.System_Object; declaring = declaring.BaseType)
        {
            foreach (var method in declaring.GetMembers().OfType<IMethodSymbol>())
            {
                if (overridden.Contains(method))
                {
                    continue;
                }

                for (var baseMethod = method.OverriddenMethod; baseMethod is not null; baseMethod = baseMethod.OverriddenMethod)
                {
                    overridden.Add(baseMethod);
                }

                yield return method;
            }
        }
    }
}
