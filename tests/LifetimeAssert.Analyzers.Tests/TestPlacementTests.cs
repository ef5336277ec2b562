namespace LifetimeAssert.Analyzers.Tests;

/// <summary>LA0002: [AssertNoLeak] that is not on a test (or a class with tests) of its framework.</summary>
public sealed class TestPlacementTests
{
    [Fact]
    public async Task Reports_an_attribute_on_a_method_that_is_not_a_test()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            public class Tests
            {
                [{|#0:AssertNoLeak(Track = [typeof(Session)])|}]
                public void Login() { }
            }
            """;

        await Verify.AnalyzerAsync(
            source,
            Verify.Diagnostic("LA0002")
                .WithMessage("'Login' is not an xUnit test, so this [AssertNoLeak] checks nothing: add [Fact] or [Theory], or remove the attribute"));
    }

    [Fact]
    public async Task Accepts_the_test_attributes_of_each_framework()
    {
        const string source = """
            using System.Collections.Generic;

            public class CustomFact : System.Attribute, Xunit.v3.IFactAttribute { }

            public class CustomTest : System.Attribute, NUnit.Framework.Interfaces.ITestBuilder { }

            public class XunitTests
            {
                [Xunit.Fact, LifetimeAssert.Xunit.AssertNoLeak(Track = [typeof(Session)])]
                public void Fact() { }

                [Xunit.Theory, LifetimeAssert.Xunit.AssertNoLeak(Track = [typeof(Session)])]
                public void Theory(int value) { }

                [CustomFact, LifetimeAssert.Xunit.AssertNoLeak(Track = [typeof(Session)])]
                public void Custom() { }
            }

            public class NUnitTests
            {
                public static IEnumerable<int> Values => [1];

                [NUnit.Framework.Test, LifetimeAssert.NUnit.AssertNoLeak(Track = [typeof(Session)])]
                public void Test() { }

                [NUnit.Framework.TestCase(1), LifetimeAssert.NUnit.AssertNoLeak(Track = [typeof(Session)])]
                public void Case(int value) { }

                [NUnit.Framework.TestCaseSource(nameof(Values)), LifetimeAssert.NUnit.AssertNoLeak(Track = [typeof(Session)])]
                public void Source(int value) { }

                [NUnit.Framework.Theory, LifetimeAssert.NUnit.AssertNoLeak(Track = [typeof(Session)])]
                public void Theory(int value) { }

                [CustomTest, LifetimeAssert.NUnit.AssertNoLeak(Track = [typeof(Session)])]
                public void Custom() { }
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Replaces_the_NUnit_attribute_on_an_xUnit_test_keeping_its_arguments()
    {
        const string source = """
            using LifetimeAssert.NUnit;
            using Xunit;

            public class Tests
            {
                [Fact, {|#0:AssertNoLeak(Iterations = 20, Track = [typeof(Session)])|}]
                public void Login() { }
            }
            """;
        const string fixedSource = """
            using LifetimeAssert.NUnit;
            using Xunit;

            public class Tests
            {
                [Fact, LifetimeAssert.Xunit.AssertNoLeak(Iterations = 20, Track = [typeof(Session)])]
                public void Login() { }
            }
            """;

        await Verify.CodeFixAsync<CodeFixes.UseFrameworkAttributeCodeFix>(
            source,
            fixedSource,
            equivalenceKey: null,
            Verify.Diagnostic("LA0002")
                .WithMessage("'Login' is an xUnit test but this is the NUnit [AssertNoLeak]: use LifetimeAssert.Xunit.AssertNoLeak"));
    }

    [Fact]
    public async Task Replaces_the_xUnit_attribute_on_an_NUnit_test()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using NUnit.Framework;

            namespace Company.LifetimeAssert.Tests
            {
                public class Tests
                {
                    [TestCase(1)]
                    [{|#0:AssertNoLeak(Track = [typeof(Session)])|}]
                    public void Login(int value) { }
                }
            }
            """;
        const string fixedSource = """
            using LifetimeAssert.Xunit;
            using NUnit.Framework;

            namespace Company.LifetimeAssert.Tests
            {
                public class Tests
                {
                    [TestCase(1)]
                    [global::LifetimeAssert.NUnit.AssertNoLeak(Track = [typeof(Session)])]
                    public void Login(int value) { }
                }
            }
            """;

        // Inside a namespace that has its own "LifetimeAssert", only global:: reaches the package's namespace.
        await Verify.CodeFixAsync<CodeFixes.UseFrameworkAttributeCodeFix>(
            source,
            fixedSource,
            equivalenceKey: null,
            Verify.Diagnostic("LA0002")
                .WithMessage("'Login' is an NUnit test but this is the xUnit [AssertNoLeak]: use LifetimeAssert.NUnit.AssertNoLeak"));
    }

    [Fact]
    public async Task Replaces_a_class_attribute_of_the_other_framework()
    {
        const string source = """
            using LifetimeAssert.NUnit;
            using Xunit;

            [{|#0:AssertNoLeak(Track = [typeof(Session)])|}]
            public class Tests
            {
                [Fact]
                public void Login() { }
            }
            """;
        const string fixedSource = """
            using LifetimeAssert.NUnit;
            using Xunit;

            [LifetimeAssert.Xunit.AssertNoLeak(Track = [typeof(Session)])]
            public class Tests
            {
                [Fact]
                public void Login() { }
            }
            """;

        await Verify.CodeFixAsync<CodeFixes.UseFrameworkAttributeCodeFix>(
            source,
            fixedSource,
            equivalenceKey: null,
            Verify.Diagnostic("LA0002")
                .WithMessage("'Tests' has xUnit tests but this is the NUnit [AssertNoLeak]: use LifetimeAssert.Xunit.AssertNoLeak"));
    }

    [Fact]
    public async Task Reports_a_class_attribute_on_a_class_without_tests_but_not_on_an_abstract_one()
    {
        const string source = """
            using LifetimeAssert.NUnit;

            [{|#0:AssertNoLeak(Track = [typeof(Session)])|}]
            public class Helpers
            {
                public void Login() { }
            }

            [AssertNoLeak(Track = [typeof(Session)])]
            public abstract class CheckedFixture
            {
            }
            """;

        await Verify.AnalyzerAsync(
            source,
            Verify.Diagnostic("LA0002")
                .WithMessage("'Helpers' has no NUnit test, so this [AssertNoLeak] checks nothing: add [Test] or [TestCase] to its tests, or remove the attribute"));
    }

    [Fact]
    public async Task Counts_inherited_tests_of_a_class()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            public abstract class LoginTests
            {
                [Fact]
                public void Login() { }
            }

            [AssertNoLeak(Track = [typeof(Session)])]
            public class PostgresLoginTests : LoginTests
            {
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Offers_no_fix_when_the_other_framework_attribute_is_not_referenced()
    {
        // Only the NUnit adapter is referenced: the message still names the right attribute, but no fix can add it.
        const string source = """
            namespace LifetimeAssert
            {
                public abstract class LeakCheckAttribute : System.Attribute
                {
                    public System.Type[] Track { get; set; } = [];
                }
            }

            namespace LifetimeAssert.NUnit
            {
                public sealed class AssertNoLeakAttribute : LifetimeAssert.LeakCheckAttribute { }
            }

            namespace Xunit
            {
                public class FactAttribute : System.Attribute { }
            }

            public class Tests
            {
                [Xunit.Fact, {|#0:LifetimeAssert.NUnit.AssertNoLeak(Track = [typeof(Tests)])|}]
                public void Login() { }
            }
            """;

        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpCodeFixTest<LeakAttributeAnalyzer, CodeFixes.UseFrameworkAttributeCodeFix, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            TestCode = source,
            FixedCode = source,
            ReferenceAssemblies = new Microsoft.CodeAnalysis.Testing.ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("LA0002")
            .WithMessage("'Login' is an xUnit test but this is the NUnit [AssertNoLeak]: use LifetimeAssert.Xunit.AssertNoLeak"));
        await test.RunAsync(TestContext.Current.CancellationToken);
    }
}
