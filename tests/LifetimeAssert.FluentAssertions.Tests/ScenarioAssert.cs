using FluentAssertions;
using LifetimeAssert.Scenarios;

namespace LifetimeAssert.FluentAssertions.Tests;

/// <summary>Runs a catalog scenario through <c>NotLeakAsync</c> and checks that it fails exactly when it should.</summary>
internal static class ScenarioAssert
{
    public static async Task NotLeakAsync(Scenario scenario)
    {
        var assertion = () => scenario.Body.Should().NotLeakAsync(scenario.Options);
        var thrown = await Record.ExceptionAsync(assertion);
        switch (scenario.Expected)
        {
            case Expected.Pass:
                Assert.True(thrown is null, $"{scenario.Name} should pass but: {thrown}");
                return;
            case Expected.Throws:
                // The body's own exception, untouched, not an assertion failure.
                Assert.IsType<InvalidOperationException>(thrown);
                break;
            default:
                // FluentAssertions throws the test framework's assertion exception (xUnit's, here).
                Assert.NotNull(thrown);
                Assert.StartsWith("Expected ", thrown.Message, StringComparison.Ordinal);
                Assert.Contains("not to leak, but " + Headline(scenario.Expected), thrown.Message, StringComparison.Ordinal);
                break;
        }

        Assert.Contains(scenario.MustMention, thrown.Message, StringComparison.Ordinal);
    }

    private static string Headline(Expected expected) => expected switch
    {
        Expected.Leak => "AssertNoLeak: 1 leak in ",
        Expected.Inconclusive => "AssertNoLeak: inconclusive for ",
        _ => "AssertNoLeak: nothing checked in ",
    };
}
