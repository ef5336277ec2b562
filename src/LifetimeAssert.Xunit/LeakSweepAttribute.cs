using System.Reflection;
using Xunit.v3;

namespace LifetimeAssert.Xunit;

/// <summary>
/// Sweeps every test of the assembly: <c>[assembly: LeakSweep]</c>. After each test (and its class instance) is done, the
/// objects it registered with their disposal — the ADO.NET and EF Core hooks' connections, commands, readers,
/// transactions, contexts, a hook of your own — must be disposed, and at the collect level the objects it expected
/// collected must be gone; otherwise the test fails naming the type, how many and where each was created.
/// </summary>
/// <example><code>[assembly: LifetimeAssert.Xunit.LeakSweep]</code></example>
/// <remarks>
/// The sweep runs in the LifetimeAssert test framework, which the package registers for the assembly (a project reference
/// imports its build file, see docs/sweep.md). Without it, every test fails saying so: a sweep that checks nothing never
/// looks green. <c>LIFETIMEASSERT_SWEEP=off|dispose|collect</c> overrides <see cref="SweepAttribute.Level"/> for a run.
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class LeakSweepAttribute : SweepAttribute, IBeforeAfterTestAttribute
{
    void IBeforeAfterTestAttribute.Before(MethodInfo methodUnderTest, IXunitTest test)
    {
        if (!Sweep.SweepTestRunner.IsSweeping)
        {
            throw new InvalidOperationException(
                "[assembly: LeakSweep] is on but the LifetimeAssert test framework does not run this assembly, so no test would be swept. "
                + "Reference the LifetimeAssert.Xunit package (its build file registers the framework), import its build file with a "
                + "project reference (see docs/sweep.md), or register [assembly: Xunit.TestFramework(typeof(LifetimeAssert.Xunit.LeakTestFramework))].");
        }
    }

    void IBeforeAfterTestAttribute.After(MethodInfo methodUnderTest, IXunitTest test)
    {
    }
}
