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

    /// <summary>
    /// True when NUnit runs the test with no other test beside it (for the sweep, which makes nothing non-parallelizable):
    /// the nearest of the test and the suites above it that says how it runs in parallel says <c>[NonParallelizable]</c>,
    /// or none says anything, and NUnit runs it in its non-parallel shift, which never overlaps the parallel one.
    /// </summary>
    public static bool RunsAlone(ITest test)
    {
        for (ITest? level = test; level is not null; level = level.Parent)
        {
            if (level.Properties.Get(PropertyNames.ParallelScope) is ParallelScope scope && scope != ParallelScope.Default)
            {
                return scope.HasFlag(ParallelScope.None);
            }
        }

        return true;
    }
}
