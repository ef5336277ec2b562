using LifetimeAssert.Adapters;
using Xunit.v3;

namespace LifetimeAssert.Xunit.Sweep;

/// <summary>
/// The sweep of a class's fixtures: begun in the flow they are created in, ended once they are disposed. A leak is added
/// to the runner's aggregator, which xUnit reports as a cleanup failure of the collection, naming the fixtures.
/// </summary>
internal static class SweptFixtures
{
    public static SweptTest? Begin(Type testClass, string what)
    {
        try
        {
            return LeakSweep.Of(testClass.Assembly)?.BeginFixture($"{testClass.Name} ({what})", $"{testClass.FullName} ({what})");
        }
        catch (LeakConfigurationException)
        {
            // Every test of the assembly reports an invalid setting; the fixtures need not.
            return null;
        }
    }

    public static void End(SweptTest? fixtures, ExceptionAggregator aggregator)
    {
        if (fixtures?.End(testPassed: true, NoOutput.Instance) is { } failure)
        {
            aggregator.Add(failure);
        }
    }

    /// <summary>A fixture has no test output: its report is the failure's message, and its file stays in the results folder.</summary>
    private sealed class NoOutput : ICheckOutput
    {
        public static readonly NoOutput Instance = new();

        public void WriteLine(string text)
        {
        }

        public void Attach(ReportFile file)
        {
        }
    }
}
