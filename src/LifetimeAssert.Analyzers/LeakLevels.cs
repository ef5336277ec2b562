using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LifetimeAssert.Analyzers;

/// <summary>
/// Collects the <c>[AssertNoLeak]</c> attributes of each level, nearest first, the way the runtime reads them with
/// reflection (<c>GetCustomAttributes(inherit: true)</c>): a declaration's own attributes, then those of the base
/// declarations whose attribute class was not already seen, because the attributes allow one use per declaration
/// and are inherited.
/// </summary>
internal static class LeakLevels
{
    /// <summary>The method's own attributes, then those of the methods it overrides.</summary>
    public static ImmutableArray<LeakSetting> OfMethod(IMethodSymbol method, KnownTypes types)
    {
        var declarations = new List<ISymbol>();
        for (var declaration = method; declaration is not null; declaration = declaration.OverriddenMethod)
        {
            declarations.Add(declaration);
        }

        return Collect(declarations, LeakLevel.Method, types);
    }

    /// <summary>The class's own attributes, then those of its base classes.</summary>
    public static ImmutableArray<LeakSetting> OfClass(INamedTypeSymbol type, KnownTypes types)
    {
        var declarations = new List<ISymbol>();
        for (var declaration = type; declaration is not null; declaration = declaration.BaseType)
        {
            declarations.Add(declaration);
        }

        return Collect(declarations, LeakLevel.Class, types);
    }

    /// <summary>The assembly's attributes: defaults for the checked tests.</summary>
    public static ImmutableArray<LeakSetting> OfAssembly(IAssemblySymbol assembly, KnownTypes types) =>
        Collect(new ISymbol[] { assembly }, LeakLevel.Assembly, types);

    private static ImmutableArray<LeakSetting> Collect(
        IEnumerable<ISymbol> nearestFirst, LeakLevel level, KnownTypes types)
    {
        var builder = ImmutableArray.CreateBuilder<LeakSetting>();
        HashSet<INamedTypeSymbol>? seen = null;
        foreach (var declaration in nearestFirst)
        {
            foreach (var attribute in declaration.GetAttributes())
            {
                if (types.IsLeakAttribute(attribute.AttributeClass)
                    && (seen ??= new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default)).Add(attribute.AttributeClass!))
                {
                    builder.Add(new LeakSetting(attribute, declaration, level));
                }
            }
        }

        return builder.ToImmutable();
    }
}
