using System.Reflection;
using LifetimeAssert.Adapters;
using NUnit.Framework.Interfaces;

namespace LifetimeAssert.NUnit;

/// <summary>A test method that <c>[AssertNoLeak]</c> checks, at its own or its fixture's level.</summary>
internal sealed record CheckedTest(MethodInfo Method, Type FixtureType)
{
    /// <summary>The checked method behind <paramref name="test"/>, or null when it is not checked (or not a method).</summary>
    public static CheckedTest? Of(ITest test)
    {
        var method = test.Method?.MethodInfo;
        var fixtureType = test.TypeInfo?.Type ?? method?.ReflectedType;

        // NUnit also asks the assembly's attribute when the method and class have none: that one only sets defaults.
        return method is null || fixtureType is null || !TestFrameworkAdapter.IsChecked(method, fixtureType)
            ? null
            : new CheckedTest(method, fixtureType);
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
