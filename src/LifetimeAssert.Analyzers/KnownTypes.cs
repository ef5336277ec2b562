using Microsoft.CodeAnalysis;

namespace LifetimeAssert.Analyzers;

/// <summary>
/// The types the analyzer recognises, resolved by metadata name once per compilation: the analyzer never references
/// LifetimeAssert, xUnit, NUnit or MSTest, so it works with any version of them and costs nothing where they are absent.
/// </summary>
internal sealed class KnownTypes
{
    private KnownTypes(Compilation compilation, INamedTypeSymbol leakCheck)
    {
        LeakCheck = leakCheck;
        XunitAssertNoLeak = compilation.GetTypeByMetadataName("LifetimeAssert.Xunit.AssertNoLeakAttribute");
        NUnitAssertNoLeak = compilation.GetTypeByMetadataName("LifetimeAssert.NUnit.AssertNoLeakAttribute");
        MSTestAssertNoLeak = compilation.GetTypeByMetadataName("LifetimeAssert.MSTest.AssertNoLeakAttribute");
        MSTestAssertAllocations = compilation.GetTypeByMetadataName("LifetimeAssert.MSTest.AssertAllocationsAttribute");
        LeakTestFramework = compilation.GetTypeByMetadataName("LifetimeAssert.Xunit.LeakTestFramework");
        LeakTestClass = compilation.GetTypeByMetadataName("LifetimeAssert.MSTest.LeakTestClassAttribute");

        XunitFact = compilation.GetTypeByMetadataName("Xunit.FactAttribute");
        XunitIFact = compilation.GetTypeByMetadataName("Xunit.v3.IFactAttribute");
        XunitTestFramework = compilation.GetTypeByMetadataName("Xunit.TestFrameworkAttribute");
        XunitTestFrameworkOfT = compilation.GetTypeByMetadataName("Xunit.TestFrameworkAttribute`1");
        XunitITestFramework = compilation.GetTypeByMetadataName("Xunit.v3.ITestFrameworkAttribute");
        XunitCollection = compilation.GetTypeByMetadataName("Xunit.CollectionAttribute");
        XunitCollectionOfT = compilation.GetTypeByMetadataName("Xunit.CollectionAttribute`1");
        XunitCollectionDefinition = compilation.GetTypeByMetadataName("Xunit.CollectionDefinitionAttribute");
        XunitCollectionBehavior = compilation.GetTypeByMetadataName("Xunit.CollectionBehaviorAttribute");

        NUnitTest = compilation.GetTypeByMetadataName("NUnit.Framework.TestAttribute");
        NUnitTestCase = compilation.GetTypeByMetadataName("NUnit.Framework.TestCaseAttribute");
        NUnitTestCaseSource = compilation.GetTypeByMetadataName("NUnit.Framework.TestCaseSourceAttribute");
        NUnitTheory = compilation.GetTypeByMetadataName("NUnit.Framework.TheoryAttribute");
        NUnitITestBuilder = compilation.GetTypeByMetadataName("NUnit.Framework.Interfaces.ITestBuilder");
        NUnitISimpleTestBuilder = compilation.GetTypeByMetadataName("NUnit.Framework.Interfaces.ISimpleTestBuilder");

        MSTestTestMethod = compilation.GetTypeByMetadataName("Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute");
        MSTestTestClass = compilation.GetTypeByMetadataName("Microsoft.VisualStudio.TestTools.UnitTesting.TestClassAttribute");
    }

    /// <summary><c>LifetimeAssert.LeakCheckAttribute</c>, the base of every framework's <c>[AssertNoLeak]</c>.</summary>
    public INamedTypeSymbol LeakCheck { get; }

    public INamedTypeSymbol? XunitAssertNoLeak { get; }

    public INamedTypeSymbol? NUnitAssertNoLeak { get; }

    public INamedTypeSymbol? MSTestAssertNoLeak { get; }

    /// <summary><c>LifetimeAssert.MSTest.AssertAllocationsAttribute</c>, which, like the MSTest <c>[AssertNoLeak]</c>, needs <c>[LeakTestClass]</c>.</summary>
    public INamedTypeSymbol? MSTestAssertAllocations { get; }

    public INamedTypeSymbol? LeakTestFramework { get; }

    /// <summary><c>LifetimeAssert.MSTest.LeakTestClassAttribute</c>, the test class attribute that runs MSTest checks.</summary>
    public INamedTypeSymbol? LeakTestClass { get; }

    public INamedTypeSymbol? XunitFact { get; }

    public INamedTypeSymbol? XunitIFact { get; }

    public INamedTypeSymbol? XunitTestFramework { get; }

    public INamedTypeSymbol? XunitTestFrameworkOfT { get; }

    public INamedTypeSymbol? XunitITestFramework { get; }

    public INamedTypeSymbol? XunitCollection { get; }

    public INamedTypeSymbol? XunitCollectionOfT { get; }

    public INamedTypeSymbol? XunitCollectionDefinition { get; }

    public INamedTypeSymbol? XunitCollectionBehavior { get; }

    public INamedTypeSymbol? NUnitTest { get; }

    public INamedTypeSymbol? NUnitTestCase { get; }

    public INamedTypeSymbol? NUnitTestCaseSource { get; }

    public INamedTypeSymbol? NUnitTheory { get; }

    public INamedTypeSymbol? NUnitITestBuilder { get; }

    public INamedTypeSymbol? NUnitISimpleTestBuilder { get; }

    public INamedTypeSymbol? MSTestTestMethod { get; }

    public INamedTypeSymbol? MSTestTestClass { get; }

    /// <summary>The known types, or null when the compilation does not see LifetimeAssert (then nothing is analyzed).</summary>
    public static KnownTypes? Create(Compilation compilation)
    {
        var leakCheck = compilation.GetTypeByMetadataName("LifetimeAssert.LeakCheckAttribute");
        return leakCheck is null ? null : new KnownTypes(compilation, leakCheck);
    }

    /// <summary>True for <c>[AssertNoLeak]</c> of any framework (any class derived from <c>LeakCheckAttribute</c>).</summary>
    public bool IsLeakAttribute(INamedTypeSymbol? attributeClass) => Symbols.DerivesFrom(attributeClass, LeakCheck);

    /// <summary>The framework an <c>[AssertNoLeak]</c> class belongs to; <see cref="TestFrameworks.None"/> for any other.</summary>
    public TestFrameworks FrameworkOf(INamedTypeSymbol attributeClass) =>
        SymbolEqualityComparer.Default.Equals(attributeClass, XunitAssertNoLeak) ? TestFrameworks.Xunit
        : SymbolEqualityComparer.Default.Equals(attributeClass, NUnitAssertNoLeak) ? TestFrameworks.NUnit
        : SymbolEqualityComparer.Default.Equals(attributeClass, MSTestAssertNoLeak) ? TestFrameworks.MSTest
        : TestFrameworks.None;

    /// <summary>The <c>[AssertNoLeak]</c> class of a framework, when the compilation references it.</summary>
    public INamedTypeSymbol? AssertNoLeakOf(TestFrameworks framework) =>
        framework == TestFrameworks.Xunit ? XunitAssertNoLeak
        : framework == TestFrameworks.NUnit ? NUnitAssertNoLeak
        : framework == TestFrameworks.MSTest ? MSTestAssertNoLeak
        : null;
}
