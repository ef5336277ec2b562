namespace LifetimeAssert.Analyzers.Tests;

/// <summary>LA0004: Iterations and SampleEvery that the runtime rejects, with its exact text.</summary>
public sealed class SamplingTests
{
    [Theory]
    [InlineData(30, 4, "Iterations (30) must be a multiple of SampleEvery (4): use 28 or 32.")]
    [InlineData(10, 4, "Iterations (10) must be a multiple of SampleEvery (4): use 12.")]
    [InlineData(13, 2, "Iterations (13) must be a multiple of SampleEvery (2): use 12 or 14.")]
    [InlineData(5, 2, "Iterations (5) must be a multiple of SampleEvery (2): use 6.")]
    [InlineData(8, 4, "Iterations (8) with SampleEvery (4) gives 2 sample(s); at least 3 are needed: use Iterations = 12 or more.")]
    [InlineData(2, 1, "Iterations (2) with SampleEvery (1) gives 2 sample(s); at least 3 are needed: use Iterations = 3 or more.")]
    [InlineData(0, 2, "Iterations is 0; it must be between 1 and 100000.")]
    [InlineData(-6, 2, "Iterations is -6; it must be between 1 and 100000.")]
    [InlineData(12, 0, "SampleEvery is 0; it must be 1 or more.")]
    [InlineData(12, -1, "SampleEvery is -1; it must be 1 or more.")]
    public async Task Reports_the_runtime_text(int iterations, int sampleEvery, string message)
    {
        var source = $$"""
            using LifetimeAssert.Xunit;
            using Xunit;

            public class Tests
            {
                [Fact, {|#0:AssertNoLeak(Iterations = {{iterations}}, SampleEvery = {{sampleEvery}}, Track = [typeof(Session)])|}]
                public void Login() { }
            }
            """;

        await Verify.AnalyzerAsync(source, Verify.Diagnostic("LA0004").WithMessage(message));
    }

    [Fact]
    public async Task Reports_every_problem_the_runtime_lists()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            public class Tests
            {
                [Fact, {|#0:AssertNoLeak(Iterations = 100001, SampleEvery = 0, Track = [typeof(Session)])|}]
                public void Login() { }
            }
            """;

        await Verify.AnalyzerAsync(
            source,
            Verify.Diagnostic("LA0004").WithMessage("Iterations is 100001; it must be between 1 and 100000."),
            Verify.Diagnostic("LA0004").WithMessage("SampleEvery is 0; it must be 1 or more."));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Iterations = 24, SampleEvery = 4, ")]
    [InlineData("Iterations = 3, SampleEvery = 1, ")]
    public async Task Is_silent_for_valid_settings(string settings)
    {
        var source = $$"""
            using LifetimeAssert.Xunit;
            using Xunit;

            public class Tests
            {
                [Fact, AssertNoLeak({{settings}}Track = [typeof(Session)])]
                public void Login() { }
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Merges_the_nearest_level_of_each_setting()
    {
        // The class's Iterations (10) and the method's SampleEvery (4) do not fit together: the method's attribute,
        // the nearest one that sets either, carries the error, since setting Iterations there fixes this test alone.
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [AssertNoLeak(Iterations = 10, Track = [typeof(Session)])]
            public class Tests
            {
                [Fact, {|#0:AssertNoLeak(SampleEvery = 4)|}]
                public void Login() { }

                [Fact]
                public void Logout() { }
            }
            """;

        await Verify.AnalyzerAsync(source, Verify.Diagnostic("LA0004").WithMessage("Iterations (10) must be a multiple of SampleEvery (4): use 12."));
    }

    [Fact]
    public async Task Reports_assembly_defaults_on_the_tests_that_use_them_never_on_the_assembly()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [assembly: AssertNoLeak(Iterations = 10, SampleEvery = 4, Track = [typeof(Session)])]

            [{|#0:AssertNoLeak|}]
            public class Tests
            {
                [Fact]
                public void Login() { }

                [Fact, AssertNoLeak(Iterations = 16)]
                public void Logout() { }

                [Fact, {|#1:AssertNoLeak(Strict = true)|}]
                public void Prepare() { }
            }
            """;

        const string message = "Iterations (10) must be a multiple of SampleEvery (4): use 12.";
        await Verify.AnalyzerAsync(
            source,
            Verify.Diagnostic("LA0004", 0).WithMessage(message),
            Verify.Diagnostic("LA0004", 1).WithMessage(message));
    }

    [Fact]
    public async Task A_method_that_sets_both_overrides_an_invalid_class()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [AssertNoLeak(Iterations = 10, SampleEvery = 4, Track = [typeof(Session)])]
            public class Tests
            {
                [Fact, AssertNoLeak(Iterations = 12, SampleEvery = 3)]
                public void Login() { }
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_a_shared_base_class_attribute_once()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [{|#0:AssertNoLeak(Iterations = 7, Track = [typeof(Session)])|}]
            public abstract class CheckedTests
            {
                [Fact]
                public void Login() { }
            }

            public class Postgres : CheckedTests { }

            public class Sqlite : CheckedTests { }
            """;

        await Verify.AnalyzerAsync(source, Verify.Diagnostic("LA0004").WithMessage("Iterations (7) must be a multiple of SampleEvery (2): use 6 or 8."));
    }

    [Fact]
    public async Task Sets_Iterations_to_the_next_multiple()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            public class Tests
            {
                [Fact, {|#0:AssertNoLeak(Iterations = 30, SampleEvery = 4, Track = [typeof(Session)])|}]
                public void Login() { }
            }
            """;
        const string fixedSource = """
            using LifetimeAssert.Xunit;
            using Xunit;

            public class Tests
            {
                [Fact, AssertNoLeak(Iterations = 32, SampleEvery = 4, Track = [typeof(Session)])]
                public void Login() { }
            }
            """;

        await Verify.CodeFixAsync<CodeFixes.SetIterationsCodeFix>(source, fixedSource, "LA0004UpperIterations", Verify.Diagnostic("LA0004"));
    }

    [Fact]
    public async Task Sets_Iterations_to_the_previous_multiple_when_it_gives_enough_samples()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            public class Tests
            {
                [Fact, {|#0:AssertNoLeak(Iterations = 30, SampleEvery = 4, Track = [typeof(Session)])|}]
                public void Login() { }
            }
            """;
        const string fixedSource = """
            using LifetimeAssert.Xunit;
            using Xunit;

            public class Tests
            {
                [Fact, AssertNoLeak(Iterations = 28, SampleEvery = 4, Track = [typeof(Session)])]
                public void Login() { }
            }
            """;

        await Verify.CodeFixAsync<CodeFixes.SetIterationsCodeFix>(source, fixedSource, "LA0004LowerIterations", Verify.Diagnostic("LA0004"));
    }

    [Fact]
    public async Task Offers_only_the_next_multiple_when_the_previous_gives_too_few_samples()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            public class Tests
            {
                [Fact, {|#0:AssertNoLeak(Iterations = 10, SampleEvery = 4, Track = [typeof(Session)])|}]
                public void Login() { }
            }
            """;

        // With one action offered, the lower one's key finds nothing and the code stays as it is.
        await Verify.CodeFixAsync<CodeFixes.SetIterationsCodeFix>(source, source, "LA0004LowerIterations", Verify.Diagnostic("LA0004"));
    }

    [Fact]
    public async Task Adds_Iterations_to_the_attribute_that_sets_SampleEvery()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [AssertNoLeak(Iterations = 10, Track = [typeof(Session)])]
            public class Tests
            {
                [Fact, {|#0:AssertNoLeak(SampleEvery = 4)|}]
                public void Login() { }

                [Fact]
                public void Logout() { }
            }
            """;
        const string fixedSource = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [AssertNoLeak(Iterations = 10, Track = [typeof(Session)])]
            public class Tests
            {
                [Fact, AssertNoLeak(SampleEvery = 4, Iterations = 12)]
                public void Login() { }

                [Fact]
                public void Logout() { }
            }
            """;

        await Verify.CodeFixAsync<CodeFixes.SetIterationsCodeFix>(source, fixedSource, "LA0004UpperIterations", Verify.Diagnostic("LA0004"));
    }

    [Fact]
    public async Task Adds_an_argument_list_to_a_bare_attribute()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [assembly: AssertNoLeak(Iterations = 9, Track = [typeof(Session)])]

            public class Tests
            {
                [Fact, {|#0:AssertNoLeak|}]
                public void Login() { }
            }
            """;
        const string fixedSource = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [assembly: AssertNoLeak(Iterations = 9, Track = [typeof(Session)])]

            public class Tests
            {
                [Fact, AssertNoLeak(Iterations = 10)]
                public void Login() { }
            }
            """;

        await Verify.CodeFixAsync<CodeFixes.SetIterationsCodeFix>(source, fixedSource, "LA0004UpperIterations", Verify.Diagnostic("LA0004"));
    }
}
