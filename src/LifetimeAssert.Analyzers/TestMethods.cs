using Microsoft.CodeAnalysis;

namespace LifetimeAssert.Analyzers;

/// <summary>Tells which framework runs a method as a test, from its attributes.</summary>
internal static class TestMethods
{
    /// <summary>
    /// The frameworks whose test attribute the method carries, on itself or on a method it overrides (test
    /// attributes are inherited by overrides).
    /// </summary>
    public static TestFrameworks Of(IMethodSymbol method, KnownTypes types)
    {
        if (method.MethodKind != MethodKind.Ordinary)
        {
            return TestFrameworks.None;
        }

        var frameworks = TestFrameworks.None;
        for (var declaration = method; declaration is not null; declaration = declaration.OverriddenMethod)
        {
            foreach (var attribute in declaration.GetAttributes())
            {
                frameworks |= FrameworkOfTestAttribute(attribute.AttributeClass, types);
            }
        }

        return frameworks;
    }

    /// <summary>How a framework's tests are marked, for messages.</summary>
    public static string Markers(TestFrameworks framework) =>
        framework == TestFrameworks.Xunit ? "[Fact] or [Theory]"
        : framework == TestFrameworks.MSTest ? "[TestMethod]"
        : "[Test] or [TestCase]";

    /// <summary>The framework's name, for messages.</summary>
    public static string Name(TestFrameworks framework) =>
        framework == TestFrameworks.Xunit ? "xUnit"
        : framework == TestFrameworks.MSTest ? "MSTest"
        : "NUnit";

    /// <summary>The namespace of the framework's adapter, for the name of its <c>[AssertNoLeak]</c>.</summary>
    public static string Adapter(TestFrameworks framework) =>
        framework == TestFrameworks.Xunit ? "Xunit"
        : framework == TestFrameworks.MSTest ? "MSTest"
        : "NUnit";

    private static TestFrameworks FrameworkOfTestAttribute(INamedTypeSymbol? attributeClass, KnownTypes types)
    {
        if (attributeClass is null || types.IsLeakAttribute(attributeClass))
        {
            return TestFrameworks.None;
        }

        // Theory derives from Fact; other xUnit v3 test attributes only implement IFactAttribute.
        if (Symbols.DerivesFrom(attributeClass, types.XunitFact) || Symbols.Implements(attributeClass, types.XunitIFact))
        {
            return TestFrameworks.Xunit;
        }

        if (Symbols.DerivesFrom(attributeClass, types.NUnitTest)
            || Symbols.DerivesFrom(attributeClass, types.NUnitTestCase)
            || Symbols.DerivesFrom(attributeClass, types.NUnitTestCaseSource)
            || Symbols.DerivesFrom(attributeClass, types.NUnitTheory)
            || Symbols.Implements(attributeClass, types.NUnitITestBuilder)
            || Symbols.Implements(attributeClass, types.NUnitISimpleTestBuilder))
        {
            return TestFrameworks.NUnit;
        }

        // [DataTestMethod], [STATestMethod] and custom test method attributes derive from [TestMethod].
        if (Symbols.DerivesFrom(attributeClass, types.MSTestTestMethod))
        {
            return TestFrameworks.MSTest;
        }

        return TestFrameworks.None;
    }
}
