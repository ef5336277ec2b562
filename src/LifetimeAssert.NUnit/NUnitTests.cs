using LifetimeAssert.Adapters;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace LifetimeAssert.NUnit;

/// <summary>How the adapter sees an NUnit test: its checks, and whether NUnit runs it alone.</summary>
internal static class NUnitTests
{
    /// <summary>The checks of the method behind <paramref name="test"/>, or null when it is not checked (or not a method).</summary>
    public static CheckedTest? Checks(ITest test)
    {
        var method = test.Method?.MethodInfo;
        var fixtureType = test.TypeInfo?.Type ?? method?.ReflectedType;

        // NUnit also asks the assembly's attribute when the method and class have none: that one only sets defaults.
        return method is null || fixtureType is null ? null : CheckedTest.Of(method, fixtureType);
    }

    /// <summary>
    /// True when NUnit runs the test with no other test beside it: it asked to run alone (the default, which makes it
    /// non-parallelizable) or it is marked non-parallelizable itself.
    /// </summary>
    public static bool RunsAlone(CheckedTest checkedTest, ITest test) =>
        checkedTest.WantsToRunAlone
        || (test.Properties.Get(PropertyNames.ParallelScope) is ParallelScope scope && scope.HasFlag(ParallelScope.None));
}
