namespace LifetimeAssert.Analyzers.Tests;

/// <summary>
/// Minimal stand-ins for the LifetimeAssert, xUnit v3, NUnit and MSTest types the analyzer recognises by metadata name, so
/// the test compilations need no real package.
/// </summary>
internal static class Stubs
{
    public const string LifetimeAssert = """
        namespace LifetimeAssert
        {
            [System.Flags]
            public enum ProcessProbes { None = 0, Timers = 1, PendingWorkItems = 2, FileDescriptors = 4, HeapBytes = 8 }

            public abstract class LeakCheckAttribute : System.Attribute
            {
                public int Iterations { get; set; }
                public int Warmup { get; set; }
                public int SampleEvery { get; set; }
                public int AllowedGrowth { get; set; }
                public bool Strict { get; set; }
                public bool RunAlone { get; set; }
                public System.Type[] Track { get; set; } = [];
                public string[] Census { get; set; } = [];
                public string[] Probes { get; set; } = [];
                public ProcessProbes Judge { get; set; }
            }

            public abstract class AllocationCheckAttribute : System.Attribute
            {
                public long MaxBytesPerRun { get; set; }
                public int Iterations { get; set; }
                public int Warmup { get; set; }
                public bool RunAlone { get; set; }
            }
        }

        namespace LifetimeAssert.Xunit
        {
            [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Class | System.AttributeTargets.Assembly)]
            public sealed class AssertNoLeakAttribute : LifetimeAssert.LeakCheckAttribute { }

            public sealed class LeakTestFramework { }
        }

        namespace LifetimeAssert.NUnit
        {
            [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Class | System.AttributeTargets.Assembly)]
            public sealed class AssertNoLeakAttribute : LifetimeAssert.LeakCheckAttribute { }
        }

        public class Session { }
        """;

    public const string Xunit = """
        namespace Xunit
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public class FactAttribute : System.Attribute { }

            public class TheoryAttribute : FactAttribute { }

            [System.AttributeUsage(System.AttributeTargets.Assembly)]
            public sealed class TestFrameworkAttribute : System.Attribute, Xunit.v3.ITestFrameworkAttribute
            {
                public TestFrameworkAttribute(System.Type frameworkType) { }
            }

            [System.AttributeUsage(System.AttributeTargets.Assembly)]
            public sealed class TestFrameworkAttribute<TFramework> : System.Attribute, Xunit.v3.ITestFrameworkAttribute { }

            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class CollectionAttribute : System.Attribute
            {
                public CollectionAttribute(string name) { }
                public CollectionAttribute(System.Type type) { }
            }

            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class CollectionDefinitionAttribute : System.Attribute
            {
                public CollectionDefinitionAttribute() { }
                public CollectionDefinitionAttribute(string name) { }
                public bool DisableParallelization { get; set; }
            }

            [System.AttributeUsage(System.AttributeTargets.Assembly)]
            public sealed class CollectionBehaviorAttribute : System.Attribute
            {
                public bool DisableTestParallelization { get; set; }
            }
        }

        namespace Xunit.v3
        {
            public interface IFactAttribute { }

            public interface ITestFrameworkAttribute { }
        }

        public sealed class OtherFramework { }
        """;

    public const string NUnit = """
        namespace NUnit.Framework.Interfaces
        {
            public interface ITestBuilder { }

            public interface ISimpleTestBuilder { }
        }

        namespace NUnit.Framework
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public class TestAttribute : System.Attribute, NUnit.Framework.Interfaces.ISimpleTestBuilder { }

            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            public class TestCaseAttribute : System.Attribute, NUnit.Framework.Interfaces.ITestBuilder
            {
                public TestCaseAttribute(params object[] arguments) { }
            }

            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            public class TestCaseSourceAttribute : System.Attribute, NUnit.Framework.Interfaces.ITestBuilder
            {
                public TestCaseSourceAttribute(string sourceName) { }
            }

            [System.AttributeUsage(System.AttributeTargets.Method)]
            public class TheoryAttribute : System.Attribute, NUnit.Framework.Interfaces.ITestBuilder { }

            [System.AttributeUsage(System.AttributeTargets.Class)]
            public class TestFixtureAttribute : System.Attribute { }
        }
        """;

    /// <summary>MSTest 4 and the LifetimeAssert.MSTest adapter, whose [LeakTestClass] derives from MSTest's [TestClass].</summary>
    public const string MSTest = """
        namespace Microsoft.VisualStudio.TestTools.UnitTesting
        {
            [System.AttributeUsage(System.AttributeTargets.Class, Inherited = false)]
            public class TestClassAttribute : System.Attribute { }

            public class STATestClassAttribute : TestClassAttribute { }

            [System.AttributeUsage(System.AttributeTargets.Method)]
            public class TestMethodAttribute : System.Attribute { }

            public class STATestMethodAttribute : TestMethodAttribute { }

            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            public sealed class DataRowAttribute : System.Attribute
            {
                public DataRowAttribute(params object[] data) { }
            }
        }

        namespace LifetimeAssert.MSTest
        {
            [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Class | System.AttributeTargets.Assembly)]
            public sealed class AssertNoLeakAttribute : LifetimeAssert.LeakCheckAttribute { }

            [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Class | System.AttributeTargets.Assembly)]
            public sealed class AssertAllocationsAttribute : LifetimeAssert.AllocationCheckAttribute { }

            [System.AttributeUsage(System.AttributeTargets.Class, Inherited = false)]
            public sealed class LeakTestClassAttribute : Microsoft.VisualStudio.TestTools.UnitTesting.TestClassAttribute { }
        }
        """;

    /// <summary>What the LifetimeAssert.Xunit package's props file adds to every test assembly.</summary>
    public const string Registration = """
        [assembly: Xunit.TestFramework(typeof(LifetimeAssert.Xunit.LeakTestFramework))]
        """;
}
