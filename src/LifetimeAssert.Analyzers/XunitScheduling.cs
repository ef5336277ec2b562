using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace LifetimeAssert.Analyzers;

/// <summary>
/// Whether an xUnit check can count what is created outside its own async flow: it can when the LifetimeAssert test
/// framework is registered (it schedules checked classes alone), when the assembly disables test parallelization,
/// or when the test class is in a collection with <c>DisableParallelization = true</c>.
/// </summary>
internal sealed class XunitScheduling
{
    private readonly Compilation _compilation;
    private readonly KnownTypes _types;
    private readonly Lazy<HashSet<string>> _nonParallelCollectionNames;

    public XunitScheduling(Compilation compilation, KnownTypes types)
    {
        _compilation = compilation;
        _types = types;
        var assemblyAttributes = compilation.Assembly.GetAttributes();
        IsLeakFrameworkRegistered = HasLeakFramework(assemblyAttributes);
        IsAssemblySequential = DisablesTestParallelization(assemblyAttributes);

        // Collection definitions are found by walking the assembly's types: done only when a class names a collection
        // and the framework is not registered, which a correctly set up project never needs.
        _nonParallelCollectionNames = new Lazy<HashSet<string>>(FindNonParallelCollectionNames);
    }

    /// <summary>True when the assembly carries <c>[assembly: Xunit.TestFramework(typeof(LifetimeAssert.Xunit.LeakTestFramework))]</c>.</summary>
    public bool IsLeakFrameworkRegistered { get; }

    /// <summary>True when <c>[assembly: CollectionBehavior(DisableTestParallelization = true)]</c> runs every test alone.</summary>
    public bool IsAssemblySequential { get; }

    /// <summary>True when the class (or a base class) is in a collection that xUnit runs without parallelism.</summary>
    public bool IsInNonParallelCollection(INamedTypeSymbol testClass)
    {
        if (_types.XunitCollection is null && _types.XunitCollectionOfT is null)
        {
            return false;
        }

        for (var type = testClass; type is not null; type = type.BaseType)
        {
            foreach (var attribute in type.GetAttributes())
            {
                var attributeClass = attribute.AttributeClass;
                if (attributeClass is null)
                {
                    continue;
                }

                if (SymbolEqualityComparer.Default.Equals(attributeClass.OriginalDefinition, _types.XunitCollectionOfT))
                {
                    return attributeClass.TypeArguments.Length == 1 && DefinesNonParallelCollection(attributeClass.TypeArguments[0]);
                }

                if (SymbolEqualityComparer.Default.Equals(attributeClass, _types.XunitCollection)
                    && attribute.ConstructorArguments.Length == 1)
                {
                    var argument = attribute.ConstructorArguments[0];
                    return argument.Value switch
                    {
                        string name => _nonParallelCollectionNames.Value.Contains(name),
                        ITypeSymbol definition => DefinesNonParallelCollection(definition),
                        _ => false,
                    };
                }
            }
        }

        return false;
    }

    private bool HasLeakFramework(IEnumerable<AttributeData> assemblyAttributes)
    {
        foreach (var attribute in assemblyAttributes)
        {
            var attributeClass = attribute.AttributeClass;
            if (attributeClass is null || !IsTestFrameworkAttribute(attributeClass))
            {
                continue;
            }

            var framework = attributeClass.IsGenericType && attributeClass.TypeArguments.Length == 1
                ? attributeClass.TypeArguments[0] as INamedTypeSymbol
                : attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as INamedTypeSymbol : null;
            if (framework is not null && IsLeakFramework(framework))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsTestFrameworkAttribute(INamedTypeSymbol attributeClass) =>
        SymbolEqualityComparer.Default.Equals(attributeClass, _types.XunitTestFramework)
        || SymbolEqualityComparer.Default.Equals(attributeClass.OriginalDefinition, _types.XunitTestFrameworkOfT)
        || Symbols.Implements(attributeClass, _types.XunitITestFramework);

    private bool IsLeakFramework(INamedTypeSymbol framework) =>
        _types.LeakTestFramework is { } leakFramework
            ? Symbols.DerivesFrom(framework, leakFramework)
            : framework.ToDisplayString() == "LifetimeAssert.Xunit.LeakTestFramework";

    private bool DisablesTestParallelization(IEnumerable<AttributeData> assemblyAttributes)
    {
        foreach (var attribute in assemblyAttributes)
        {
            if (_types.XunitCollectionBehavior is not null
                && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _types.XunitCollectionBehavior)
                && IsTrue(attribute, "DisableTestParallelization"))
            {
                return true;
            }
        }

        return false;
    }

    private bool DefinesNonParallelCollection(ITypeSymbol definition)
    {
        foreach (var attribute in definition.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _types.XunitCollectionDefinition)
                && IsTrue(attribute, "DisableParallelization"))
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<string> FindNonParallelCollectionNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (_types.XunitCollectionDefinition is not null)
        {
            AddNames(_compilation.Assembly.GlobalNamespace, names);
        }

        return names;
    }

    private void AddNames(INamespaceOrTypeSymbol container, HashSet<string> names)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceOrTypeSymbol nested)
            {
                AddNames(nested, names);
            }

            if (member is not INamedTypeSymbol type)
            {
                continue;
            }

            foreach (var attribute in type.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _types.XunitCollectionDefinition)
                    && IsTrue(attribute, "DisableParallelization")
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string name)
                {
                    names.Add(name);
                }
            }
        }
    }

    private static bool IsTrue(AttributeData attribute, string property)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == property)
            {
                return argument.Value.Value is true;
            }
        }

        return false;
    }
}
