using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

[assembly: LifetimeAssert.Sweep.NUnit.Scenarios.ScenarioOrder]

namespace LifetimeAssert.Sweep.NUnit.Scenarios;

/// <summary>
/// Runs the scenarios in name order, or in reverse with <c>SWEEP_SCENARIO_ORDER=reverse</c>: the tests prove that a
/// test's result does not depend on the order its suite runs in by running it both ways. NUnit orders a suite's
/// children by their <c>Order</c> property; this numbers every test and suite of the assembly, once it is built.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ScenarioOrderAttribute : NUnitAttribute, IApplyToTest
{
    private static bool Reverse => Environment.GetEnvironmentVariable("SWEEP_SCENARIO_ORDER") == "reverse";

    public void ApplyToTest(Test test) => Number(test);

    private static void Number(ITest suite)
    {
        var ordered = suite.Tests.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        if (Reverse)
        {
            ordered.Reverse();
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Properties.Set(PropertyNames.Order, i);
            Number(ordered[i]);
        }
    }
}
