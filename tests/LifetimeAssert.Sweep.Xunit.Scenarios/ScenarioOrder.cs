using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCaseOrderer(typeof(LifetimeAssert.Sweep.Xunit.Scenarios.ScenarioOrder))]
[assembly: TestCollectionOrderer(typeof(LifetimeAssert.Sweep.Xunit.Scenarios.ScenarioOrder))]

namespace LifetimeAssert.Sweep.Xunit.Scenarios;

/// <summary>
/// Runs the scenarios in name order, or in reverse with <c>SWEEP_SCENARIO_ORDER=reverse</c>: the tests prove that a
/// test's result does not depend on the order its suite runs in by running it both ways.
/// </summary>
public sealed class ScenarioOrder : ITestCaseOrderer, ITestCollectionOrderer
{
    private static bool Reverse => Environment.GetEnvironmentVariable("SWEEP_SCENARIO_ORDER") == "reverse";

    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : ITestCase => Ordered(testCases, c => c.TestCaseDisplayName);

    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : ITestCollection => Ordered(testCollections, c => c.TestCollectionDisplayName);

    private static TItem[] Ordered<TItem>(IEnumerable<TItem> items, Func<TItem, string> name)
    {
        var ordered = items.OrderBy(name, StringComparer.Ordinal);
        return [.. Reverse ? ordered.Reverse() : ordered];
    }
}
