namespace LifetimeAssert.Analyzers.Tests;

/// <summary>
/// LA0005: a checked MSTest test in a class that MSTest runs through [TestClass] instead of [LeakTestClass]; and LA0002
/// for the MSTest [AssertNoLeak].
/// </summary>
public sealed class MSTestTests
{
    [Fact]
    public async Task Reports_a_checked_test_in_a_plain_TestClass()
    {
        const string source = """
            using LifetimeAssert.MSTest;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [{|#0:TestClass|}]
            public class OrderTests
            {
                [TestMethod]
                public void Plain() { }

                [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
                public void Save() { }
            }
            """;

        await Verify.AnalyzerAsync(
            source,
            Verify.Diagnostic("LA0005")
                .WithMessage("MSTest runs the tests of 'OrderTests' through [TestClass], so 'Save' would run once, unchecked: "
                    + "replace [TestClass] with [LeakTestClass] on 'OrderTests'"));
    }

    [Fact]
    public async Task Reports_a_class_level_attribute_once_on_a_plain_TestClass()
    {
        const string source = """
            using LifetimeAssert.MSTest;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [{|#0:TestClass|}, AssertNoLeak(Track = [typeof(Session)])]
            public class OrderTests
            {
                [TestMethod]
                public void Save() { }

                [TestMethod, DataRow(1), DataRow(2)]
                public void Load(int id) { }
            }
            """;

        await Verify.AnalyzerAsync(
            source,
            Verify.Diagnostic("LA0005")
                .WithMessage("MSTest runs the tests of 'OrderTests' through [TestClass], so 'Save' would run once, unchecked: "
                    + "replace [TestClass] with [LeakTestClass] on 'OrderTests'"));
    }

    [Fact]
    public async Task Reports_a_derived_test_class_attribute_and_names_it()
    {
        const string source = """
            using LifetimeAssert.MSTest;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [{|#0:STATestClass|}]
            public class WindowTests
            {
                [STATestMethod, AssertNoLeak(Track = [typeof(Session)])]
                public void Open() { }
            }
            """;

        await Verify.AnalyzerAsync(
            source,
            Verify.Diagnostic("LA0005")
                .WithMessage("MSTest runs the tests of 'WindowTests' through [STATestClass], so 'Open' would run once, unchecked: "
                    + "replace [STATestClass] with [LeakTestClass] on 'WindowTests'"));
    }

    [Fact]
    public async Task Reports_a_plain_TestClass_that_inherits_checked_tests_from_a_LeakTestClass()
    {
        // [TestClass] and [LeakTestClass] are not inherited: MSTest runs Derived's tests, the inherited Save too,
        // through Derived's own [TestClass].
        const string source = """
            using LifetimeAssert.MSTest;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [LeakTestClass]
            public abstract class RepositoryTests
            {
                [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
                public void Save() { }
            }

            [{|#0:TestClass|}]
            public class OrderRepositoryTests : RepositoryTests { }

            [LeakTestClass]
            public class CustomerRepositoryTests : RepositoryTests { }
            """;

        await Verify.AnalyzerAsync(
            source,
            Verify.Diagnostic("LA0005")
                .WithMessage("MSTest runs the tests of 'OrderRepositoryTests' through [TestClass], so 'Save' would run once, unchecked: "
                    + "replace [TestClass] with [LeakTestClass] on 'OrderRepositoryTests'"));
    }

    [Fact]
    public async Task Reports_an_allocation_budget_in_a_plain_TestClass()
    {
        const string source = """
            using LifetimeAssert.MSTest;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [{|#0:TestClass|}]
            public class ParserTests
            {
                [TestMethod]
                public void Plain() { }

                [TestMethod, AssertAllocations(MaxBytesPerRun = 4096)]
                public void Parse() { }
            }
            """;

        await Verify.AnalyzerAsync(
            source,
            Verify.Diagnostic("LA0005")
                .WithMessage("MSTest runs the tests of 'ParserTests' through [TestClass], so 'Parse' would run once, unchecked: "
                    + "replace [TestClass] with [LeakTestClass] on 'ParserTests'"));
    }

    [Fact]
    public async Task Reports_a_class_level_allocation_budget_once_on_a_plain_TestClass_and_on_a_derived_class()
    {
        // [AssertAllocations] is inherited: the derived class's tests have the base class's budget.
        const string source = """
            using LifetimeAssert.MSTest;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [{|#0:TestClass|}, AssertAllocations(MaxBytesPerRun = 4096)]
            public class ParserTests
            {
                [TestMethod]
                public void Parse() { }

                [TestMethod, DataRow(1), DataRow(2)]
                public void ParseRow(int id) { }
            }

            [LeakTestClass, AssertAllocations(MaxBytesPerRun = 4096)]
            public abstract class BudgetTests { }

            [{|#1:TestClass|}]
            public class FormatterTests : BudgetTests
            {
                [TestMethod]
                public void Format() { }
            }
            """;

        await Verify.AnalyzerAsync(
            source,
            Verify.Diagnostic("LA0005", 0)
                .WithMessage("MSTest runs the tests of 'ParserTests' through [TestClass], so 'Parse' would run once, unchecked: "
                    + "replace [TestClass] with [LeakTestClass] on 'ParserTests'"),
            Verify.Diagnostic("LA0005", 1)
                .WithMessage("MSTest runs the tests of 'FormatterTests' through [TestClass], so 'Format' would run once, unchecked: "
                    + "replace [TestClass] with [LeakTestClass] on 'FormatterTests'"));
    }

    [Fact]
    public async Task Accepts_allocation_budgets_in_a_LeakTestClass_and_an_assembly_level_one()
    {
        // An assembly-level [AssertAllocations] only sets defaults: it checks no test by itself.
        const string source = """
            using LifetimeAssert.MSTest;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [assembly: AssertAllocations(Iterations = 20)]

            [LeakTestClass]
            public class ParserTests
            {
                [TestMethod, AssertAllocations(MaxBytesPerRun = 4096)]
                public void Parse() { }

                [TestMethod, AssertNoLeak(Track = [typeof(Session)]), AssertAllocations(MaxBytesPerRun = 4096)]
                public void ParseBoth() { }
            }

            [TestClass]
            public class PlainTests
            {
                [TestMethod]
                public void Save() { }
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Accepts_checked_tests_in_a_LeakTestClass_and_its_derived_classes()
    {
        const string source = """
            using LifetimeAssert.MSTest;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [LeakTestClass]
            public class OrderTests
            {
                [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
                public void Save() { }

                [TestMethod, DataRow(1), AssertNoLeak(Track = [typeof(Session)])]
                public void Load(int id) { }
            }

            [LeakTestClass, AssertNoLeak(Track = [typeof(Session)])]
            public class ClassLevelTests
            {
                [TestMethod]
                public void Save() { }
            }

            [LeakTestClass]
            public class DerivedOrderTests : OrderTests
            {
                [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
                public void Delete() { }
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Accepts_a_plain_TestClass_without_checked_tests_and_an_abstract_one()
    {
        // An abstract [TestClass] runs nothing itself; each class derived from it is checked on its own.
        // An assembly-level [AssertNoLeak] only sets defaults: it checks no test by itself.
        const string source = """
            using LifetimeAssert.MSTest;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [assembly: AssertNoLeak(Track = [typeof(Session)])]

            [TestClass]
            public class PlainTests
            {
                [TestMethod]
                public void Save() { }
            }

            [TestClass]
            public abstract class BaseTests
            {
                [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
                public void Save() { }
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Replaces_TestClass_with_LeakTestClass()
    {
        const string source = """
            using LifetimeAssert.MSTest;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [{|#0:TestClass|}]
            public class OrderTests
            {
                [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
                public void Save() { }
            }
            """;
        const string fixedSource = """
            using LifetimeAssert.MSTest;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [LeakTestClass]
            public class OrderTests
            {
                [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
                public void Save() { }
            }
            """;

        await Verify.CodeFixAsync<CodeFixes.UseFrameworkAttributeCodeFix>(
            source,
            fixedSource,
            equivalenceKey: null,
            Verify.Diagnostic("LA0005"));
    }

    [Fact]
    public async Task Replaces_a_qualified_TestClass_keeping_the_other_attributes()
    {
        const string source = """
            namespace Shop.Tests
            {
                [{|#0:Microsoft.VisualStudio.TestTools.UnitTesting.TestClass|}, LifetimeAssert.MSTest.AssertNoLeak(Track = [typeof(Session)])]
                public class OrderTests
                {
                    [Microsoft.VisualStudio.TestTools.UnitTesting.TestMethod]
                    public void Save() { }
                }
            }
            """;
        const string fixedSource = """
            namespace Shop.Tests
            {
                [LifetimeAssert.MSTest.LeakTestClass, LifetimeAssert.MSTest.AssertNoLeak(Track = [typeof(Session)])]
                public class OrderTests
                {
                    [Microsoft.VisualStudio.TestTools.UnitTesting.TestMethod]
                    public void Save() { }
                }
            }
            """;

        await Verify.CodeFixAsync<CodeFixes.UseFrameworkAttributeCodeFix>(
            source,
            fixedSource,
            equivalenceKey: null,
            Verify.Diagnostic("LA0005"));
    }

    [Fact]
    public async Task Reports_the_MSTest_attribute_on_a_method_that_is_not_a_test()
    {
        const string source = """
            using LifetimeAssert.MSTest;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [LeakTestClass]
            public class OrderTests
            {
                [{|#0:AssertNoLeak(Track = [typeof(Session)])|}]
                public void Helper() { }
            }
            """;

        await Verify.AnalyzerAsync(
            source,
            Verify.Diagnostic("LA0002")
                .WithMessage("'Helper' is not an MSTest test, so this [AssertNoLeak] checks nothing: add [TestMethod], or remove the attribute"));
    }

    [Fact]
    public async Task Replaces_the_NUnit_attribute_on_an_MSTest_test()
    {
        const string source = """
            using LifetimeAssert.NUnit;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [LifetimeAssert.MSTest.LeakTestClass]
            public class OrderTests
            {
                [TestMethod, {|#0:AssertNoLeak(Iterations = 20, Track = [typeof(Session)])|}]
                public void Save() { }
            }
            """;
        const string fixedSource = """
            using LifetimeAssert.NUnit;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [LifetimeAssert.MSTest.LeakTestClass]
            public class OrderTests
            {
                [TestMethod, LifetimeAssert.MSTest.AssertNoLeak(Iterations = 20, Track = [typeof(Session)])]
                public void Save() { }
            }
            """;

        await Verify.CodeFixAsync<CodeFixes.UseFrameworkAttributeCodeFix>(
            source,
            fixedSource,
            equivalenceKey: null,
            Verify.Diagnostic("LA0002")
                .WithMessage("'Save' is an MSTest test but this is the NUnit [AssertNoLeak]: use LifetimeAssert.MSTest.AssertNoLeak"));
    }

    [Fact]
    public async Task Reports_the_MSTest_attribute_on_an_xUnit_test_and_a_class_without_MSTest_tests()
    {
        const string source = """
            public class LoginTests
            {
                [Xunit.Fact, {|#0:LifetimeAssert.MSTest.AssertNoLeak(Track = [typeof(Session)])|}]
                public void Login() { }
            }

            [{|#1:LifetimeAssert.MSTest.AssertNoLeak(Track = [typeof(Session)])|}]
            public class Helpers
            {
                public void Help() { }
            }
            """;

        await Verify.AnalyzerAsync(
            source,
            Verify.Diagnostic("LA0002", 0)
                .WithMessage("'Login' is an xUnit test but this is the MSTest [AssertNoLeak]: use LifetimeAssert.Xunit.AssertNoLeak"),
            Verify.Diagnostic("LA0002", 1)
                .WithMessage("'Helpers' has no MSTest test, so this [AssertNoLeak] checks nothing: add [TestMethod] to its tests, or remove the attribute"));
    }

    [Fact]
    public async Task Checks_the_settings_of_MSTest_tests()
    {
        const string source = """
            using LifetimeAssert.MSTest;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [LeakTestClass]
            public class OrderTests
            {
                [TestMethod, {|#0:AssertNoLeak(Iterations = 20)|}]
                public void Save() { }
            }
            """;

        await Verify.AnalyzerAsync(source, Verify.Diagnostic("LA0003"));
    }
}
