using System.Reflection;
using LifetimeAssert.Adapters;
using NUnit.Framework.Interfaces;

namespace LifetimeAssert.NUnit;

/// <summary>
/// A test method that <c>[AssertNoLeak]</c> or <c>[AssertAllocations]</c> checks, at its own or its fixture's level, and
/// which checks it has.
/// </summary>
internal sealed record CheckedTest(MethodInfo Method, Type FixtureType, bool Leak, bool Allocations)
{
    /// <summary>The checked method behind <paramref name="test"/>, or null when it is not checked (or not a method).</summary>
    public static CheckedTest? Of(ITest test)
    {
        var method = test.Method?.MethodInfo;
        var fixtureType = test.TypeInfo?.Type ?? method?.ReflectedType;

        // NUnit also asks the assembly's attribute when the method and class have none: that one only sets defaults.
        if (method is null || fixtureType is null)
        {
            return null;
        }

        var leak = TestFrameworkAdapter.IsChecked(method, fixtureType);
        var allocations = TestFrameworkAdapter.IsAllocationChecked(method, fixtureType);
        return leak || allocations ? new CheckedTest(method, fixtureType, leak, allocations) : null;
    }

    /// <summary>
    /// True when NUnit runs the test with no other test beside it: it asked to run alone (the default, which makes it
    /// non-parallelizable) or it is marked non-parallelizable itself.
    /// </summary>
    public bool RunsAlone(ITest test) =>
        TestFrameworkAdapter.WantsToRunAlone(Method, FixtureType)
        || (test.Properties.Get(global::NUnit.Framework.Internal.PropertyNames.ParallelScope) is global::NUnit.Framework.ParallelScope scope
            && scope.HasFlag(global::NUnit.Framework.ParallelScope.None));
}
