namespace LifetimeAssert.Analyzers.Tests;

/// <summary>LA0003: a checked test for which no level sets Track, Census, Probes or Judge.</summary>
public sealed class NothingToJudgeTests
{
    [Fact]
    public async Task Reports_a_test_with_nothing_to_judge_on_its_nearest_attribute()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [AssertNoLeak(Iterations = 20)]
            public class Tests
            {
                [Fact, {|#0:AssertNoLeak(Strict = true)|}]
                public void Login() { }
            }
            """;

        await Verify.AnalyzerAsync(
            source,
            Verify.Diagnostic("LA0003")
                .WithMessage("The check on 'Login' judges nothing and fails when it runs: set Track, Census or Probes, or Judge a process probe, here, on the class or on the assembly"));
    }

    [Fact]
    public async Task Reports_a_class_attribute_once_for_all_its_tests()
    {
        const string source = """
            using LifetimeAssert;
            using LifetimeAssert.Xunit;
            using Xunit;

            [{|#0:AssertNoLeak(Judge = ProcessProbes.None, Track = [])|}]
            public class Tests
            {
                [Fact]
                public void Login() { }

                [Fact]
                public void Logout() { }

                [Fact, AssertNoLeak(Census = ["Npgsql.PreparedStatement"])]
                public void Prepare() { }
            }
            """;

        await Verify.AnalyzerAsync(source, Verify.Diagnostic("LA0003").WithArguments("Tests"));
    }

    [Theory]
    [InlineData("Track = [typeof(Session)]")]
    [InlineData("Census = [\"Npgsql.PreparedStatement\"]")]
    [InlineData("Probes = [nameof(Tests.Statements)]")]
    [InlineData("Judge = LifetimeAssert.ProcessProbes.Timers")]
    public async Task Is_silent_when_any_level_sets_something_to_judge(string setting)
    {
        var source = $$"""
            using LifetimeAssert.Xunit;
            using Xunit;

            [assembly: AssertNoLeak({{setting}})]

            [AssertNoLeak(Iterations = 20)]
            public class Tests
            {
                public static int Statements => 0;

                [Fact, AssertNoLeak(SampleEvery = 4)]
                public void Login() { }

                [Fact]
                public void Logout() { }
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Adds_up_what_the_class_and_its_base_classes_judge()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [AssertNoLeak(Track = [typeof(Session)])]
            public abstract class CheckedTests
            {
            }

            public class Tests : CheckedTests
            {
                [Fact, AssertNoLeak(Iterations = 20)]
                public void Login() { }
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task Does_not_check_tests_without_an_attribute_on_the_method_or_class()
    {
        const string source = """
            using LifetimeAssert.Xunit;
            using Xunit;

            [assembly: AssertNoLeak(Iterations = 20)]

            public class Tests
            {
                [Fact]
                public void Login() { }
            }
            """;

        await Verify.AnalyzerAsync(source);
    }
}
