namespace LifetimeAssert.Analyzers.Tests;

/// <summary>LA0001: an xUnit [AssertNoLeak] in an assembly that does not register LeakTestFramework.</summary>
public sealed class FrameworkRegistrationTests
{
    [Fact]
    public async Task Reports_each_method_and_class_attribute_when_the_framework_is_not_registered()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [{|#0:AssertNoLeak(Track = [typeof(Session)])|}]
            public class Tests
            {
                [Fact, {|#1:AssertNoLeak(Iterations = 20)|}]
                public void Login() { }

                [Fact]
                public void Logout() { }
            }
            """;

        await Verify.AnalyzerAsync(
            source,
            registerFramework: false,
            Verify.Diagnostic("LA0001", 0)
                .WithMessage("This check is not scheduled to run alone because the assembly does not register LifetimeAssert.Xunit.LeakTestFramework: register it, put the class in a collection with DisableParallelization = true, or set RunAlone = false"),
            Verify.Diagnostic("LA0001", 1));
    }

    [Fact]
    public async Task Is_silent_when_the_framework_is_registered()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            public class Tests
            {
                [Fact, AssertNoLeak(Track = [typeof(Session)])]
                public void Login() { }
            }
            """;

        await Verify.AnalyzerAsync(source, registerFramework: true);
    }

    [Fact]
    public async Task Recognises_the_generic_registration()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [assembly: TestFramework<LeakTestFramework>]

            public class Tests
            {
                [Fact, AssertNoLeak(Track = [typeof(Session)])]
                public void Login() { }
            }
            """;

        await Verify.AnalyzerAsync(source, registerFramework: false);
    }

    [Fact]
    public async Task Reports_when_another_framework_is_registered()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [assembly: TestFramework(typeof(OtherFramework))]

            public class Tests
            {
                [Fact, {|#0:AssertNoLeak(Track = [typeof(Session)])|}]
                public void Login() { }
            }
            """;

        await Verify.AnalyzerAsync(source, registerFramework: false, Verify.Diagnostic("LA0001"));
    }

    [Fact]
    public async Task Never_reports_the_assembly_level_attribute()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [assembly: AssertNoLeak(Track = [typeof(Session)])]

            public class Tests
            {
                [Fact]
                public void Login() { }
            }
            """;

        await Verify.AnalyzerAsync(source, registerFramework: false);
    }

    [Fact]
    public async Task Is_silent_when_the_test_opts_out_of_running_alone()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [AssertNoLeak(RunAlone = false)]
            public class Tests
            {
                [Fact, AssertNoLeak(Track = [typeof(Session)])]
                public void Login() { }
            }
            """;

        await Verify.AnalyzerAsync(source, registerFramework: false);
    }

    [Fact]
    public async Task Is_silent_in_a_collection_without_parallelization()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [CollectionDefinition("alone", DisableParallelization = true)]
            public class Alone { }

            [Collection("alone")]
            public class ByName
            {
                [Fact, AssertNoLeak(Track = [typeof(Session)])]
                public void Login() { }
            }

            [CollectionDefinition(DisableParallelization = true)]
            public class AloneByType { }

            [Collection(typeof(AloneByType))]
            public class ByType
            {
                [Fact, AssertNoLeak(Track = [typeof(Session)])]
                public void Login() { }
            }

            [CollectionDefinition("parallel")]
            public class Parallel { }

            [Collection("parallel")]
            public class InParallel
            {
                [Fact, {|#0:AssertNoLeak(Track = [typeof(Session)])|}]
                public void Login() { }
            }
            """;

        await Verify.AnalyzerAsync(source, registerFramework: false, Verify.Diagnostic("LA0001"));
    }

    [Fact]
    public async Task Is_silent_when_the_assembly_runs_its_tests_one_at_a_time()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [assembly: CollectionBehavior(DisableTestParallelization = true)]

            public class Tests
            {
                [Fact, AssertNoLeak(Track = [typeof(Session)])]
                public void Login() { }
            }
            """;

        await Verify.AnalyzerAsync(source, registerFramework: false);
    }

    [Fact]
    public async Task Does_not_concern_the_NUnit_attribute()
    {
        const string source = """
            using LifetimeAssert.NUnit;
            using NUnit.Framework;

            public class Tests
            {
                [Test, AssertNoLeak(Track = [typeof(Session)])]
                public void Login() { }
            }
            """;

        await Verify.AnalyzerAsync(source, registerFramework: false);
    }
}
